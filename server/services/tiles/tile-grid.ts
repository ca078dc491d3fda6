/** Half the width of the Web Mercator world (EPSG:3857), in metres: ST_TileEnvelope's default bounds. */
const HALF_WORLD = 20037508.342789244;

/** Tile coordinates of the facility tiles: 4096 units a side, 64 units of buffer, as ST_AsMVTGeom's defaults. */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

/** Below this zoom a tile carries clusters (counts per grid cell); from it on, each facility. */
export const FIRST_POINT_ZOOM = 13;
/** Clusters form on a grid of this many cells a side per tile. */
export const CLUSTER_CELLS = 8;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** A tile's square in Web Mercator metres and the side of that square. */
export interface TileBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  size: number;
}

/** The Web Mercator square of tile z/x/y (x to the east, y to the south, as in XYZ URLs). */
export function tileBounds({ z, x, y }: TileAddress): TileBounds {
  const size = (2 * HALF_WORLD) / 2 ** z;
  const minX = -HALF_WORLD + x * size;
  const maxY = HALF_WORLD - y * size;
  return { minX, minY: maxY - size, maxX: minX + size, maxY, size };
}

/** A Web Mercator position as tile coordinates, rounded like ST_AsMVTGeom does. */
export function toTileCoordinates(bounds: TileBounds, mercatorX: number, mercatorY: number): [number, number] {
  const scale = TILE_EXTENT / bounds.size;
  return [Math.round((mercatorX - bounds.minX) * scale), Math.round((bounds.maxY - mercatorY) * scale)];
}
