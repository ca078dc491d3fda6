import { describe, expect, it } from 'vitest';
import { edgeCostTable } from './cost';
import { PedestrianGraph } from './graph';
import { LandmarkSets } from './landmark-sets';
import { PROFILES, customProfile } from './profiles';
import { AStarSearch } from './search';
import { gridNetwork, known } from './test-networks';

/** A 6 × 5 grid whose north-going links climb 10 %: too steep for the wheelchair (8 % up), fine at 12 %. */
const graph = new PedestrianGraph(gridNetwork(6, 5, (_c, _r, dir) => known({ incline: dir === 'north' ? 0.1 : 0 })));

function setsWithWheelchair(customSets: number) {
  const sets = new LandmarkSets(graph, new AStarSearch(graph), { landmarks: 4, customSets });
  const wheelchair = PROFILES['manual-wheelchair'];
  sets.forTable(wheelchair, 'distance', false, edgeCostTable(graph, wheelchair, 'distance'));
  return sets;
}

describe('landmark sets for custom profiles', () => {
  it('borrows a named set only where the named table allows every edge the custom one does', () => {
    const sets = setsWithWheelchair(4);
    const stricter = customProfile({ maxIncline: 0.06 });
    const looser = customProfile({ maxIncline: 0.12 });
    // Lengths and the wheelchair's distance set (it allows a superset of the 6 % edges, k = 1).
    expect(sets.forTable(stricter, 'distance', false, edgeCostTable(graph, stricter, 'distance')).landmarks.map((set) => set.scale)).toEqual([1, 1]);
    // The 12 % profile may climb the 10 % ramps the wheelchair's table blocks: only plain lengths.
    expect(sets.forTable(looser, 'distance', false, edgeCostTable(graph, looser, 'distance')).landmarks).toHaveLength(1);
  });

  it('measures a custom profile’s own set in idle steps and keeps at most `customSets`, never pushing a named set out', () => {
    const sets = setsWithWheelchair(1);
    const named = sets.byteSize();
    const tables = [0.05, 0.06].map((incline) => {
      const profile = customProfile({ maxIncline: incline });
      const table = edgeCostTable(graph, profile, 'comfort');
      sets.forTable(profile, 'comfort', false, table);
      return { profile, table };
    });
    let steps = 0;
    while (sets.buildStep()) steps++;
    expect(steps).toBeGreaterThan(0);
    // Only the newer profile was still queued (one waiting set at most), and it is used alone now.
    const [older, newer] = tables.map(({ profile, table }) => sets.forTable(profile, 'comfort', false, table).landmarks);
    expect(newer).toHaveLength(1);
    expect(older.length).toBeGreaterThan(1);
    const perSet = sets.byteSize() - named;
    expect(perSet).toBeGreaterThan(0);
    // The older profile, queued again by the call above, replaces the newer one's set once built.
    while (sets.buildStep());
    expect(sets.byteSize() - named).toBe(perSet);
    expect(sets.forTable(PROFILES['manual-wheelchair'], 'distance', false, edgeCostTable(graph, PROFILES['manual-wheelchair'], 'distance')).landmarks).toHaveLength(1);
  });
});
