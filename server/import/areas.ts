import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

type Executor = Pick<Db, 'execute'>;

/**
 * Gives facilities their region and district from geometry. A point on a shared border is
 * covered by both polygons; the lowest KATO code wins so the answer is stable.
 * Returns how many facilities were looked at. `onlySource` limits the work to one import.
 */
export async function assignAreas(tx: Executor, onlySource?: { source: string; sourceIds: string[] }): Promise<number> {
  const filter = onlySource
    ? sql`WHERE f.source = ${onlySource.source} AND f.source_id = ANY(${sqlTextArray(onlySource.sourceIds)})`
    : sql``;
  const result = await tx.execute(sql`
    UPDATE facilities f SET
      region_kato = (SELECT r.kato FROM regions r WHERE ST_Covers(r.geom, f.geom) ORDER BY r.kato LIMIT 1)
    ${filter}
    RETURNING f.id`);
  // The district must lie in the facility's region, even where the two layers disagree slightly.
  await tx.execute(sql`
    UPDATE facilities f SET
      district_kato = (SELECT d.kato FROM districts d
                       WHERE d.region_kato = f.region_kato AND ST_Covers(d.geom, f.geom) ORDER BY d.kato LIMIT 1)
    ${filter}`);
  return rowsOf(result).length;
}

/** A text[] literal parameter that works the same on postgres.js and PGlite. */
export function sqlTextArray(values: string[]) {
  return sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;
}
