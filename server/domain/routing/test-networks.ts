/** Small networks for the routing tests: a street grid near Aktau with chosen attributes. */
import { unknownAttributes, type EdgeAttributes, type EdgeInput, type NetworkInput, type NodeInput } from './attributes';

export const ORIGIN: [number, number] = [51.15, 43.65];
/** About 50 m in each direction at Aktau's latitude. */
export const STEP_LON = 0.00062;
export const STEP_LAT = 0.00045;

export const at = (col: number, row: number): [number, number] => [ORIGIN[0] + col * STEP_LON, ORIGIN[1] + row * STEP_LAT];

export const nodeId = (col: number, row: number, cols: number) => row * cols + col + 1;

export const known = (overrides: Partial<EdgeAttributes> = {}): EdgeAttributes => ({
  ...unknownAttributes('sidewalk'), incline: 0, surface: 'asphalt', widthM: 2, ...overrides,
});

/**
 * A cols × rows grid; `attributesOf` chooses each edge's attributes (edge from (c,r) east or north).
 * Edge ids are 1-based in creation order.
 */
export function gridNetwork(
  cols: number, rows: number,
  attributesOf: (col: number, row: number, dir: 'east' | 'north', index: number) => EdgeAttributes = () => known(),
  nodeOf: (col: number, row: number) => Partial<NodeInput> = () => ({}),
): NetworkInput {
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const [lon, lat] = at(col, row);
      nodes.push({ id: nodeId(col, row, cols), lon, lat, ...nodeOf(col, row) });
    }
  }
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const link = (c: number, r: number, dir: 'east' | 'north') => edges.push({
        id: edges.length + 1, source: nodeId(col, row, cols), target: nodeId(c, r, cols),
        coordinates: [at(col, row), at(c, r)], attributes: attributesOf(col, row, dir, edges.length),
      });
      if (col + 1 < cols) link(col + 1, row, 'east');
      if (row + 1 < rows) link(col, row + 1, 'north');
    }
  }
  return { nodes, edges };
}

/** A line of nodes joined by the given edges, west to east. */
export function lineNetwork(attributes: EdgeAttributes[], nodeOf: (index: number) => Partial<NodeInput> = () => ({})): NetworkInput {
  const nodes: NodeInput[] = [];
  for (let i = 0; i <= attributes.length; i++) nodes.push({ id: i + 1, lon: at(i, 0)[0], lat: at(i, 0)[1], ...nodeOf(i) });
  const edges = attributes.map((attrs, i) => ({
    id: i + 1, source: i + 1, target: i + 2, coordinates: [at(i, 0), at(i + 1, 0)], attributes: attrs,
  }));
  return { nodes, edges };
}
