import type { Context } from 'hono';
import type { AppDeps } from '../../deps';
import { areaBoundaries } from '../../services/stats/export/area-boundaries';
import { toCsv } from '../../services/stats/export/csv';
import type { ExportTable } from '../../services/stats/export/export-table';
import { toGeoJson } from '../../services/stats/export/geojson';

/** Answers with the view as JSON, or as a CSV or GeoJSON download built from the same numbers. */
export async function exportResponse(c: Context<any, string, any>, deps: AppDeps, view: object, table: () => ExportTable, name: string) {
  const { format, lang } = c.req.valid('query') as { format: 'json' | 'csv' | 'geojson'; lang: 'kk' | 'ru' | 'en' };
  if (format === 'json') return c.json(view);
  const rows = table();
  if (format === 'csv') return downloadResponse(c, name, 'csv', toCsv(rows, lang));
  return downloadResponse(c, name, 'geojson', toGeoJson(rows, await areaBoundaries(deps.database, rows), lang));
}

const DOWNLOAD_TYPES = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8' };

/**
 * Answers with `body` as a file to save, named by what it holds and today's date.
 * @example downloadResponse(c, 'osm-tags-710000000', 'csv', text) // kedergisiz-osm-tags-710000000-2026-11-23.csv
 */
export function downloadResponse(c: Context<any, string, any>, name: string, format: keyof typeof DOWNLOAD_TYPES, body: string) {
  c.header('Content-Type', DOWNLOAD_TYPES[format]);
  c.header('Content-Disposition', `attachment; filename="kedergisiz-${name}-${new Date().toISOString().slice(0, 10)}.${format}"`);
  return c.body(body);
}
