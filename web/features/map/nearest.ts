import type { FacilityInView } from './facility-source';

/**
 * The `count` facilities nearest to `center`, nearest first. Distances are compared on a plane
 * with longitude shrunk by cos(latitude): exact enough to order places within one view.
 */
export function nearestFirst(facilities: readonly FacilityInView[], center: [number, number], count: number): FacilityInView[] {
  const shrink = Math.cos((center[1] * Math.PI) / 180);
  const distance = ({ coordinates: [lon, lat] }: FacilityInView) => ((lon - center[0]) * shrink) ** 2 + (lat - center[1]) ** 2;
  return facilities
    .map((facility) => ({ facility, d: distance(facility) }))
    .sort((a, b) => a.d - b.d || a.facility.id - b.facility.id)
    .slice(0, count)
    .map(({ facility }) => facility);
}
