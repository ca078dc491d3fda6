import type { Context } from 'hono';
import type { AppDeps } from '../../deps';
import { osmTagSuggestions, type OsmTagSuggestion } from '../../services/osm-tags/osm-tag-suggestions';
import { csvCell } from '../../services/stats/export/csv';
import { downloadResponse } from '../stats/export-response';
import type { OsmTagsQuery } from './osm-tags.routes';

const ATTRIBUTION = 'Kedergisiz audits; facility data © OpenStreetMap contributors (ODbL)';

const COLUMNS: [string, (s: OsmTagSuggestion) => string | number | null][] = [
  ['osm_id', (s) => s.osmId],
  ['facility_id', (s) => s.facilityId],
  ['name', (s) => s.name],
  ['category', (s) => s.category],
  ['lon', (s) => s.position[0]],
  ['lat', (s) => s.position[1]],
  ['audited_on', (s) => s.auditedAt.slice(0, 10)],
  ['wheelchair', (s) => s.tags.wheelchair],
  ['toilets:wheelchair', (s) => s.tags.toiletsWheelchair],
  ['mapped_wheelchair', (s) => s.mapped.wheelchair],
  ['mapped_toilets:wheelchair', (s) => s.mapped.toiletsWheelchair],
  ['changed', (s) => (s.changed ? 'yes' : 'no')],
];

/** Plain comma-separated UTF-8 with a header row, for scripts and mapping tools as much as for spreadsheets. */
function toCsv(suggestions: OsmTagSuggestion[]): string {
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvCell(c, ',', '.')).join(',');
  return [line(COLUMNS.map(([name]) => name)), ...suggestions.map((s) => line(COLUMNS.map(([, cell]) => cell(s))))].join('\r\n') + '\r\n';
}

function toGeoJson(suggestions: OsmTagSuggestion[]) {
  return {
    type: 'FeatureCollection',
    attribution: ATTRIBUTION,
    features: suggestions.map((s) => ({
      type: 'Feature',
      id: s.facilityId,
      geometry: { type: 'Point', coordinates: s.position },
      properties: {
        osm_id: s.osmId,
        name: s.name,
        category: s.category,
        audited_on: s.auditedAt.slice(0, 10),
        tags: { wheelchair: s.tags.wheelchair, 'toilets:wheelchair': s.tags.toiletsWheelchair },
        mapped: { wheelchair: s.mapped.wheelchair, 'toilets:wheelchair': s.mapped.toiletsWheelchair },
        changed: s.changed,
      },
    })),
  };
}

export function osmTagsHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { query: OsmTagsQuery } }>) => {
    const { format, region } = c.req.valid('query');
    const suggestions = await osmTagSuggestions(deps.database, { region });
    c.header('Cache-Control', 'public, no-cache');
    if (format === 'json') return c.json({ attribution: ATTRIBUTION, suggestions });
    const name = `osm-tags${region ? `-${region}` : ''}`;
    return downloadResponse(c, name, format, format === 'csv' ? toCsv(suggestions) : JSON.stringify(toGeoJson(suggestions)));
  };
}
