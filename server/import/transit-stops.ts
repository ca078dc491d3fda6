/** Within this distance a stop position and a platform are taken to be the same stop. */
const SAME_STOP_METRES = 60;

interface StopLike {
  category: string;
  geom: [number, number];
  attributes?: Record<string, string>;
  name?: string | null;
  nameKk?: string | null;
  nameRu?: string | null;
  nameEn?: string | null;
}

/**
 * OSM maps a bus stop as a platform (where people wait), a stop position (where the bus halts),
 * or both. Residents need one facility per stop: keep every platform, and a stop position only
 * where no platform stands near it. A dropped stop position's name goes to the nearest platform
 * if that one has none, so the stop keeps the name residents search for.
 */
export function dropDuplicateStopPositions<T extends StopLike>(rows: T[]): T[] {
  const platforms = rows.filter((r) => r.category === 'bus_stop' && !isStopPosition(r));
  const nearPlatform = new Map(rows.filter(isStopPosition).map((r) => [r, nearest(platforms, r.geom)]));
  const kept: T[] = [];
  const namedBy = new Map<T, { stop: T; metres: number }>();
  for (const [row, near] of nearPlatform) {
    if (!row.name || !near || near.platform.name) continue;
    if (near.metres < (namedBy.get(near.platform)?.metres ?? Infinity)) namedBy.set(near.platform, { stop: row, metres: near.metres });
  }
  for (const row of rows) {
    if (nearPlatform.get(row)) continue;
    const namer = namedBy.get(row)?.stop;
    kept.push(namer ? { ...row, name: namer.name, nameKk: namer.nameKk, nameRu: namer.nameRu, nameEn: namer.nameEn } : row);
  }
  return kept;
}

/** The platform nearest to a point, if one is within the same-stop distance. */
function nearest<T extends StopLike>(platforms: T[], point: [number, number]): { platform: T; metres: number } | null {
  let best: { platform: T; metres: number } | null = null;
  for (const platform of platforms) {
    const metres = metresBetween(platform.geom, point);
    if (metres < (best?.metres ?? SAME_STOP_METRES)) best = { platform, metres };
  }
  return best;
}

function isStopPosition(row: StopLike): boolean {
  return row.attributes?.public_transport === 'stop_position';
}

function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.hypot(x, lat2 - lat1) * 111_320;
}
