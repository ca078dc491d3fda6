import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

export interface RegionSummary {
  kato: string;
  names: { kk: string; ru: string; en: string };
  isoCode: string | null;
  facilities: number;
  audited: number;
  /** Centre of the region's bounding box and the box itself, for "zoom to region". */
  bbox: [number, number, number, number];
}

/** The regions with how many registry facilities each holds, plus those outside every region. */
export async function listRegions(database: Database): Promise<{ regions: RegionSummary[]; outsideAnyRegion: number }> {
  const rows = await database.rows<{
    kato: string; name_kk: string; name_ru: string; name_en: string; iso_code: string | null;
    facilities: number; audited: number; xmin: number; ymin: number; xmax: number; ymax: number;
  }>(sql`
    SELECT r.kato, r.name_kk, r.name_ru, r.name_en, r.iso_code,
      coalesce(c.facilities, 0)::int AS facilities, coalesce(c.audited, 0)::int AS audited,
      ST_XMin(r.geom) AS xmin, ST_YMin(r.geom) AS ymin, ST_XMax(r.geom) AS xmax, ST_YMax(r.geom) AS ymax
    FROM regions r
    LEFT JOIN (
      SELECT region_kato, count(*) AS facilities, count(current_audit_id) AS audited
      FROM facilities GROUP BY region_kato
    ) c ON c.region_kato = r.kato
    ORDER BY r.kato`);
  const [outside] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities WHERE region_kato IS NULL`);
  return {
    regions: rows.map((r) => ({
      kato: r.kato,
      names: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
      isoCode: r.iso_code,
      facilities: r.facilities,
      audited: r.audited,
      bbox: [r.xmin, r.ymin, r.xmax, r.ymax].map(Number) as RegionSummary['bbox'],
    })),
    outsideAnyRegion: outside.n,
  };
}
