import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { sectorOf } from '../../domain/categories';
import { GROUPS, type Group } from '../facilities/facility-feature';
import type { Freshness } from './freshness';
import type { StatsScope } from './scope';
import { selectionFilter } from './selection';

export const VERDICTS = ['adapted', 'partial', 'notAdapted', 'notAudited'] as const;
export type Verdict = (typeof VERDICTS)[number];

const SQL_VERDICT: Record<Verdict, string> = { adapted: 'adapted', partial: 'partial', notAdapted: 'not_adapted', notAudited: 'not_audited' };
const FROM_SQL = new Map(Object.entries(SQL_VERDICT).map(([k, v]) => [v, k as Verdict]));

/** One facility of a drill-down list, classified exactly as the counts classify it. */
export interface VerdictFacility {
  id: number;
  name: string | null;
  names: { kk: string | null; ru: string | null; en: string | null };
  category: string;
  sector: string;
  regionKato: string | null;
  districtKato: string | null;
  coordinates: [number, number];
  verdict: Verdict;
  auditedAt: string | null;
  /** The latest audit is within the freshness period. */
  fresh: boolean;
  registryCode: string | null;
  score: number | null;
  /** Facility-only status per group from the latest audit ('unknown' when never audited). */
  groups: Record<Group, string>;
}

export interface VerdictFacilities {
  scope: Omit<StatsScope, 'selection'>;
  /** How many facilities match, beyond the page. */
  total: number;
  facilities: VerdictFacility[];
}

/** The facilities behind a statistics row, optionally of one verdict, a page at a time, by name. */
export async function facilityVerdicts(
  database: Database,
  scope: StatsScope,
  options: { verdict?: Verdict; limit: number; offset: number },
  freshness: Freshness,
): Promise<VerdictFacilities> {
  const cutoff = freshness.cutoff.toISOString();
  const verdict = sql`CASE WHEN v.audited_at >= ${cutoff}::timestamptz THEN v.verdict ELSE 'not_audited' END`;
  const conditions = [selectionFilter(scope.selection, 'f')];
  if (options.verdict) conditions.push(sql`${verdict} = ${SQL_VERDICT[options.verdict]}`);
  const where = sql.join(conditions, sql` AND `);
  const rows = await database.rows<FacilityVerdictRow>(sql`
    SELECT f.id, f.name, f.name_kk, f.name_ru, f.name_en, f.category, f.region_kato, f.district_kato,
      ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, f.registry_code, f.score, v.audited_at, ${verdict} AS verdict,
      ${sql.join(GROUPS.map((g) => sql`coalesce(v.${sql.raw(g)}, 'unknown') AS ${sql.raw(g)}`), sql`, `)},
      count(*) OVER ()::int AS matching
    FROM facilities f LEFT JOIN stats_facility_verdicts v ON v.facility_id = f.id
    WHERE ${where}
    ORDER BY coalesce(f.name, f.name_ru, f.name_kk, f.name_en), f.id
    LIMIT ${options.limit} OFFSET ${options.offset}`);
  const total = rows[0]?.matching ?? (await countMatching(database, where));
  const { selection: _, ...echo } = scope;
  return { scope: echo, total, facilities: rows.map(toVerdictFacility) };
}

interface FacilityVerdictRow extends Record<Group, string> {
  id: number | string;
  name: string | null;
  name_kk: string | null;
  name_ru: string | null;
  name_en: string | null;
  category: string;
  region_kato: string | null;
  district_kato: string | null;
  lon: number;
  lat: number;
  registry_code: string | null;
  score: number | null;
  audited_at: Date | string | null;
  verdict: string;
  matching: number;
}

function toVerdictFacility(r: FacilityVerdictRow): VerdictFacility {
  const verdict = FROM_SQL.get(r.verdict) ?? 'notAudited';
  return {
    id: Number(r.id),
    name: r.name,
    names: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
    category: r.category,
    sector: sectorOf(r.category),
    regionKato: r.region_kato,
    districtKato: r.district_kato,
    coordinates: [Number(r.lon), Number(r.lat)],
    verdict,
    auditedAt: r.audited_at === null || !Number.isFinite(new Date(r.audited_at).getTime()) ? null : new Date(r.audited_at).toISOString(),
    fresh: verdict !== 'notAudited',
    registryCode: r.registry_code,
    score: r.score,
    groups: Object.fromEntries(GROUPS.map((g) => [g, r[g]])) as Record<Group, string>,
  };
}

/** An offset past the last page returns no rows, but the count is still wanted. */
async function countMatching(database: Database, where: ReturnType<typeof sql>): Promise<number> {
  const [{ n }] = await database.rows<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM facilities f LEFT JOIN stats_facility_verdicts v ON v.facility_id = f.id WHERE ${where}`);
  return n;
}
