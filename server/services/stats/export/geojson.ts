import type { Cell, ExportTable } from './export-table';
import { ATTRIBUTION } from './labels';

/**
 * A table as a GeoJSON FeatureCollection: one feature per row with the row's values as
 * properties; rows without a place (sectors, months, items, totals) have a null geometry, as
 * RFC 7946 allows. `boundaries` gives the simplified outline of each area row.
 */
export function toGeoJson(table: ExportTable, boundaries: Map<string, unknown>, lang: string): string {
  const features = table.rows.map((row) => ({
    type: 'Feature',
    geometry: !row.geometry
      ? null
      : 'point' in row.geometry
        ? { type: 'Point', coordinates: row.geometry.point }
        : (boundaries.get(row.geometry.kato) ?? null),
    properties: Object.fromEntries(table.columns.map((c) => [c, row.values[c] ?? null])) as Record<string, Cell>,
  }));
  const attribution = table.boundaries ? `${ATTRIBUTION.facilities}; ${ATTRIBUTION.boundaries}` : ATTRIBUTION.facilities;
  return JSON.stringify({
    type: 'FeatureCollection',
    attribution,
    ...(table.definition ? { definition: table.definition[lang as keyof typeof table.definition] } : {}),
    features,
  });
}
