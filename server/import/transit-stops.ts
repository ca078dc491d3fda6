/** Within this distance a stop position and a platform are taken to be the same stop. */
const SAME_STOP_METRES = 60;

interface StopLike {
  category: string;
  geom: [number, number];
  attributes?: Record<string, string>;
}

/**
 * OSM maps a bus stop as a platform (where people wait), a stop position (where the bus halts),
 * or both. Residents need one facility per stop: keep every platform, and a stop position only
 * where no platform stands near it.
 */
export function dropDuplicateStopPositions<T extends StopLike>(rows: T[]): T[] {
  const platforms = rows.filter((r) => r.category === 'bus_stop' && !isStopPosition(r)).map((r) => r.geom);
  return rows.filter((r) => !isStopPosition(r) || !platforms.some((p) => metresBetween(p, r.geom) < SAME_STOP_METRES));
}

function isStopPosition(row: StopLike): boolean {
  return row.attributes?.public_transport === 'stop_position';
}

function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.hypot(x, lat2 - lat1) * 111_320;
}
