/** Side of the grid cells facilities carry as '#g<x>:<y>' words, in degrees (migration 0012). */
const CELL_DEGREES = 0.5;

function cell(lon: number, lat: number): string {
  return `#g${Math.floor(lon / CELL_DEGREES)}:${Math.floor(lat / CELL_DEGREES)}`;
}

/**
 * The cell of a position and the eight around it: every facility within at least 0.5° (about
 * 35 km east–west and 55 km north–south in Kazakhstan) of the position is in one of them.
 *
 * @example cellsAround([71.43, 51.13]) // ['#g141:101', '#g142:101', …] (nine cells)
 */
export function cellsAround([lon, lat]: [number, number]): string[] {
  const cells: string[] = [];
  for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) cells.push(cell(lon + dx * CELL_DEGREES, lat + dy * CELL_DEGREES));
  return cells;
}
