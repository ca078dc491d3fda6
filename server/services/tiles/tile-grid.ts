/** Half the width of the Web Mercator world (EPSG:3857), in metres: ST_TileEnvelope's default bounds. */
const HALF_WORLD = 20037508.342789244;

/** Tile coordinates of the facility tiles: 4096 units a side, 64 units of buffer, as ST_AsMVTGeom's defaults. */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

/**
 * Below this zoom a tile carries clusters (counts per grid cell); from it on, each facility. A
 * zoom-13 tile of a city holds thousands of facilities (150 KB gzipped in the benchmark).
 */
export const FIRST_POINT_ZOOM = 14;
/** The zoom of the cells facility_tile_cells counts in (migration 0014); clusters are made of them. */
export const COUNT_CELL_ZOOM = 16;
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

/**
 * The Morton (Z-order) number of tile x, y at zoom 16: x in the even bits, y in the odd, as
 * kz_tile_cell16() numbers the count cells. Plain arithmetic: the result needs 32 bits unsigned.
 *
 * @example morton16(1, 0) // 1
 * @example morton16(0, 1) // 2
 */
export function morton16(x: number, y: number): number {
  let code = 0;
  for (let bit = 0, place = 1; bit < 16; bit++, place *= 4) {
    code += (Math.floor(x / 2 ** bit) % 2) * place + (Math.floor(y / 2 ** bit) % 2) * place * 2;
  }
  return code;
}

/** The count cells under tile z/x/y (z ≤ 16): one range of Morton numbers. */
export function countCellRange({ z, x, y }: TileAddress): [number, number] {
  const shift = COUNT_CELL_ZOOM - z;
  const first = morton16(x * 2 ** shift, y * 2 ** shift);
  return [first, first + 4 ** shift - 1];
}
