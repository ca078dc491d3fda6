import { sql } from 'drizzle-orm';
import type { Database } from '../../../../db/client';
import type { ExportTable } from './export-table';

/** The simplified outlines (about 100 m) of the areas an export's rows name, as GeoJSON geometries. */
export async function areaBoundaries(database: Database, table: ExportTable): Promise<Map<string, unknown>> {
  const wanted = { region: [] as string[], district: [] as string[] };
  for (const row of table.rows) if (row.geometry && 'area' in row.geometry) wanted[row.geometry.area].push(row.geometry.kato);
  const boundaries = new Map<string, unknown>();
  for (const level of ['region', 'district'] as const) {
    if (wanted[level].length === 0) continue;
    const rows = await database.rows<{ kato: string; geometry: string | object }>(sql`
      SELECT kato, ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.001), 5) AS geometry
      FROM ${sql.raw(level === 'region' ? 'regions' : 'districts')}
      WHERE kato IN (${sql.join(wanted[level].map((k) => sql`${k}`), sql`, `)})`);
    for (const r of rows) boundaries.set(r.kato, typeof r.geometry === 'string' ? JSON.parse(r.geometry) : r.geometry);
  }
  return boundaries;
}
