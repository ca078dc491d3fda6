import type { Database } from '../../../db/client';
import { sectorOf, sectors, type LocalizedText } from '../../domain/categories';
import { adaptationDefinition, type AdaptationDefinition } from './definition';
import { addCounts, countFacilities, noFacilities, type FacilityCounts } from './facility-counts';
import type { Freshness } from './freshness';
import type { StatsScope } from './scope';
import { withShares, type StatsCounts } from './stats-row';

export type SectorRow = StatsCounts & { sector: string; name: LocalizedText };

export interface SectorStats {
  definition: AdaptationDefinition;
  level: 'sector';
  scope: Omit<StatsScope, 'selection'>;
  rows: SectorRow[];
  total: StatsCounts;
}

/** A selection broken down by sector (education, health, …), every sector listed. */
export async function sectorStats(database: Database, scope: StatsScope, freshness: Freshness): Promise<SectorStats> {
  const byCategory = await countFacilities(database, scope.selection, 'category', freshness);
  const bySector = new Map<string, FacilityCounts>();
  for (const [category, counts] of byCategory) {
    const sector = sectorOf(category ?? '');
    bySector.set(sector, addCounts(bySector.get(sector) ?? noFacilities(), counts));
  }
  const { selection: _, ...echo } = scope;
  return {
    definition: adaptationDefinition(freshness),
    level: 'sector',
    scope: echo,
    rows: sectors.map((s) => ({ sector: s.id, name: s.name, ...withShares(bySector.get(s.id) ?? noFacilities()) })),
    total: withShares([...byCategory.values()].reduce(addCounts, noFacilities())),
  };
}
