/** Small geodesy helpers for city-sized networks (metres, WGS 84 lon/lat). */

export type LonLat = [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function haversineM(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Length of a polyline in metres. */
export function polylineLengthM(coordinates: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) total += haversineM(coordinates[i - 1], coordinates[i]);
  return total;
}

/**
 * A flat projection around one latitude: metres east and north. Distances in it form a true metric,
 * which the A* heuristic needs to stay admissible.
 */
export class LocalProjection {
  readonly metresPerDegLat = EARTH_RADIUS_M * RAD;
  readonly metresPerDegLon: number;
  constructor(latitude: number) {
    this.metresPerDegLon = this.metresPerDegLat * Math.cos(latitude * RAD);
  }
  distance(lonA: number, latA: number, lonB: number, latB: number): number {
    const dx = (lonB - lonA) * this.metresPerDegLon;
    const dy = (latB - latA) * this.metresPerDegLat;
    return Math.sqrt(dx * dx + dy * dy);
  }
}

/** Compass bearing from a to b in degrees, 0 = north, clockwise. */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const y = Math.sin((b[0] - a[0]) * RAD) * Math.cos(b[1] * RAD);
  const x = Math.cos(a[1] * RAD) * Math.sin(b[1] * RAD) - Math.sin(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.cos((b[0] - a[0]) * RAD);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** The part of a polyline between two fractions of its length (from may exceed to: reversed). */
export function slicePolyline(coordinates: readonly LonLat[], from: number, to: number): LonLat[] {
  if (from > to) return slicePolyline(coordinates, to, from).reverse();
  const lengths = [0];
  for (let i = 1; i < coordinates.length; i++) lengths.push(lengths[i - 1] + haversineM(coordinates[i - 1], coordinates[i]));
  const total = lengths[lengths.length - 1];
  if (total === 0) return [coordinates[0], coordinates[coordinates.length - 1]];
  const start = from * total;
  const end = to * total;
  const result: LonLat[] = [pointAtDistance(coordinates, lengths, start)];
  for (let i = 1; i < coordinates.length - 1; i++) if (lengths[i] > start && lengths[i] < end) result.push(coordinates[i]);
  result.push(pointAtDistance(coordinates, lengths, end));
  return result;
}

/** The point `distance` metres along a polyline whose cumulative vertex distances are `lengths`. */
function pointAtDistance(coordinates: readonly LonLat[], lengths: number[], distance: number): LonLat {
  let i = 1;
  while (i < lengths.length - 1 && lengths[i] < distance) i++;
  const span = lengths[i] - lengths[i - 1];
  const t = span === 0 ? 0 : (distance - lengths[i - 1]) / span;
  const a = coordinates[i - 1];
  const b = coordinates[i];
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** The point at a fraction of a polyline's length. */
export function pointAlong(coordinates: readonly LonLat[], fraction: number): LonLat {
  const part = slicePolyline(coordinates, 0, fraction);
  return part[part.length - 1];
}
