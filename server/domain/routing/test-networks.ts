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

/**
 * The network with edge i cut into `pieces[i]` edges of the same attributes (new nodes of degree
 * 2, as a sidewalk has at every bend) and a dead-end spur of edge `i`'s attributes hung on node i
 * wherever `spurs[i]` is set: the shapes a real network is made of, which grids lack.
 */
export function bentNetwork(network: NetworkInput, pieces: number[], spurs: boolean[] = []): NetworkInput {
  const nodes = [...network.nodes];
  const edges: EdgeInput[] = [];
  const position = new Map(nodes.map((node) => [node.id, [node.lon, node.lat] as [number, number]]));
  let nextNode = Math.max(...nodes.map((n) => n.id)) + 1;
  const addNode = (point: [number, number]) => {
    nodes.push({ id: nextNode, lon: point[0], lat: point[1] });
    position.set(nextNode, point);
    return nextNode++;
  };
  const addEdge = (source: number, target: number, attributes: EdgeAttributes) =>
    edges.push({ id: edges.length + 1, source, target, coordinates: [position.get(source)!, position.get(target)!], attributes });
  network.edges.forEach((edge, i) => {
    const count = Math.max(1, pieces[i % pieces.length] ?? 1);
    const [a, b] = [position.get(edge.source)!, position.get(edge.target)!];
    let previous = edge.source;
    for (let k = 1; k < count; k++) {
      // A slight bend, so the pieces are not collinear.
      const t = k / count;
      const node = addNode([a[0] + (b[0] - a[0]) * t + STEP_LON * 0.05 * (k % 2), a[1] + (b[1] - a[1]) * t + STEP_LAT * 0.05 * (k % 2)]);
      addEdge(previous, node, edge.attributes);
      previous = node;
    }
    addEdge(previous, edge.target, edge.attributes);
  });
  network.nodes.forEach((node, i) => {
    if (!spurs[i]) return;
    const end = addNode([node.lon + STEP_LON * 0.3, node.lat + STEP_LAT * 0.2]);
    addEdge(node.id, end, network.edges[i % network.edges.length].attributes);
  });
  return { nodes, edges };
}
