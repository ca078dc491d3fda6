import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { LocalizedText } from '../../domain/categories';
import { adaptationDefinition, type AdaptationDefinition } from './definition';
import { addCounts, countFacilities, noFacilities } from './facility-counts';
import type { Freshness } from './freshness';
import { localized, type StatsScope } from './scope';
import { withShares, type StatsCounts } from './stats-row';

export type AreaRow = StatsCounts & { kato: string; name: LocalizedText };

export interface AreaStats {
  definition: AdaptationDefinition;
  level: 'region' | 'district';
  scope: Omit<StatsScope, 'selection'>;
  rows: AreaRow[];
  /** Level region: facilities outside every region, counted in `total`, never dropped. */
  outsideAnyRegion?: StatsCounts;
  /** Level district: facilities of the region that lie in none of its districts. */
  outsideAnyDistrict?: StatsCounts;
  /** The whole selection: the rows plus the facilities outside them. */
  total: StatsCounts;
}

/**
 * The country by region (scope without a region), or one region by district: every area, with
 * zero rows for areas without facilities.
 */
export async function areaStats(database: Database, scope: StatsScope, freshness: Freshness): Promise<AreaStats> {
  const level = scope.selection.region ? 'district' : 'region';
  const areas = await database.rows<{ kato: string; name_kk: string; name_ru: string; name_en: string }>(
    level === 'region'
      ? sql`SELECT kato, name_kk, name_ru, name_en FROM regions ORDER BY kato`
      : sql`SELECT kato, name_kk, name_ru, name_en FROM districts WHERE region_kato = ${scope.selection.region} ORDER BY kato`,
  );
  const counts = await countFacilities(database, scope.selection, level === 'region' ? 'region_kato' : 'district_kato', freshness);
  const outside = withShares(counts.get(null) ?? noFacilities());
  const { selection: _, ...echo } = scope;
  return {
    definition: adaptationDefinition(freshness),
    level,
    scope: echo,
    rows: areas.map((a) => ({ kato: a.kato, name: localized(a), ...withShares(counts.get(a.kato) ?? noFacilities()) })),
    ...(level === 'region' ? { outsideAnyRegion: outside } : { outsideAnyDistrict: outside }),
    total: withShares([...counts.values()].reduce(addCounts, noFacilities())),
  };
}
