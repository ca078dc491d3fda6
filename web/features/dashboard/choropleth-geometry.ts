/**
 * Polygons of GeoJSON as SVG paths in a plate carrée projection, squeezed by the cosine of the
 * middle latitude so that Kazakhstan keeps its shape. Pure, so the rendering is testable.
 */
type Ring = [number, number][];
export type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface ProjectedArea {
  kato: string;
  d: string;
}

const polygonsOf = (g: Geometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Paths for the areas, fitted into a `width`-wide box; returns the box's height too. */
export function projectAreas(areas: { kato: string; geometry: Geometry }[], width: number): { areas: ProjectedArea[]; height: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of areas) for (const polygon of polygonsOf(a.geometry)) for (const [x, y] of polygon[0] ?? []) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return { areas: [], height: 0 };
  const squeeze = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = width / Math.max((maxX - minX) * squeeze, 1e-9);
  const height = Math.ceil((maxY - minY) * scale);
  const point = ([x, y]: [number, number]) => `${((x - minX) * squeeze * scale).toFixed(1)} ${((maxY - y) * scale).toFixed(1)}`;
  return {
    height,
    areas: areas.map((a) => ({
      kato: a.kato,
      d: polygonsOf(a.geometry).flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`)).join(''),
    })),
  };
}

/** Five classes of a share in percent, the lightest for the lowest; null without facilities. */
export function shareClass(percent: number | null): number | null {
  if (percent === null) return null;
  return Math.min(4, Math.floor(percent / 20));
}

/** A sequential blue scale readable with colour-blindness, and a neutral for "no facilities". */
export const CLASS_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NO_DATA_COLOUR = '#d9d9d9';
