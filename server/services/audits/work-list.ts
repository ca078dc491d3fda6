import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow } from '../facilities/facility-feature';

/** Why a facility is on the list: never audited, audited too long ago, or up to date. */
export type Urgency = 'never' | 'stale' | 'fresh';

export interface WorkListEntry extends FacilityFeature {
  /** `openReports`: residents' problem reports about it that no inspector has closed yet. */
  worklist: { urgency: Urgency; distanceM: number | null; openReports: number };
}

export interface WorkList {
  facilities: WorkListEntry[];
  counts: Record<Urgency, number>;
  freshnessDays: number;
  truncated: boolean;
}

export interface WorkListQuery {
  regions: string[];
  near?: [number, number];
  freshnessDays: number;
  limit: number;
}

/**
 * The facilities of an inspector's regions in the order to audit them: never audited first,
 * then stale ones, then the rest; nearest first within each when the tablet gives its position,
 * otherwise the longest-unaudited first.
 */
export async function workList(database: Database, query: WorkListQuery): Promise<WorkList> {
  if (query.regions.length === 0) return { facilities: [], counts: { never: 0, stale: 0, fresh: 0 }, freshnessDays: query.freshnessDays, truncated: false };
  const regions = sql`(${sql.join(query.regions.map((r) => sql`${r}`), sql`, `)})`;
  const staleBefore = sql`now() - make_interval(days => ${query.freshnessDays})`;
  const urgency = sql`CASE WHEN f.current_audit_id IS NULL THEN 'never' WHEN f.audited_at < ${staleBefore} THEN 'stale' ELSE 'fresh' END`;
  const distance = query.near
    ? sql`ST_Distance(f.geom::geography, ST_SetSRID(ST_MakePoint(${query.near[0]}, ${query.near[1]}), 4326)::geography)`
    : sql`NULL::float8`;
  const rows = await database.rows<FacilityRow & { urgency: Urgency; distance_m: number | null; open_reports: number }>(sql`
    SELECT ${facilityColumns}, ${urgency} AS urgency, ${distance} AS distance_m,
      (SELECT count(*) FROM reports r WHERE r.facility_id = f.id AND r.status IN ('new', 'seen'))::int AS open_reports
    FROM facilities f WHERE f.region_kato IN ${regions}
    ORDER BY CASE ${urgency} WHEN 'never' THEN 0 WHEN 'stale' THEN 1 ELSE 2 END, distance_m NULLS LAST, f.audited_at NULLS FIRST, f.id
    LIMIT ${query.limit + 1}`);
  const [counts] = await database.rows<Record<Urgency, number>>(sql`
    SELECT count(*) FILTER (WHERE ${urgency} = 'never')::int AS never,
           count(*) FILTER (WHERE ${urgency} = 'stale')::int AS stale,
           count(*) FILTER (WHERE ${urgency} = 'fresh')::int AS fresh
    FROM facilities f WHERE f.region_kato IN ${regions}`);
  return {
    facilities: rows.slice(0, query.limit).map((row) => ({
      ...toFeature(row),
      worklist: {
        urgency: row.urgency,
        distanceM: row.distance_m === null ? null : Math.round(Number(row.distance_m)),
        openReports: row.open_reports,
      },
    })),
    counts,
    freshnessDays: query.freshnessDays,
    truncated: rows.length > query.limit,
  };
}
