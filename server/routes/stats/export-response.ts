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
  const file = `kedergisiz-${name}-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${file}.csv"`);
    return c.body(toCsv(rows, lang));
  }
  c.header('Content-Type', 'application/geo+json; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${file}.geojson"`);
  return c.body(toGeoJson(rows, await areaBoundaries(deps.database, rows), lang));
}
