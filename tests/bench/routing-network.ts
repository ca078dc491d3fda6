/**
 * The routing benchmark's network: the real Redmond OpenSidewalks graph (4,368 edges) tiled TILES × TILES
 * with a 35–45 m gap between copies; in each tile the 8 easternmost and 8 northernmost nodes of its
 * largest component are joined by straight flat footways to the 8 westernmost / southernmost of the
 * neighbour, so the copies form one walkable network (7 × 7: about 214,000 edges, 9 × 14 km).
 */
import { unknownAttributes, type EdgeInput, type NetworkInput, type NodeInput } from '../../server/domain/routing/attributes';
import { haversineM } from '../../server/domain/routing/geo';
import { PedestrianGraph } from '../../server/domain/routing/graph';

const LINKS = 8;

function largestComponent(graph: PedestrianGraph): number[] {
  const component = new Int32Array(graph.nodeCount).fill(-1);
  let best: number[] = [];
  for (let start = 0; start < graph.nodeCount; start++) {
    if (component[start] >= 0) continue;
    const members = [start];
    component[start] = start;
    for (let i = 0; i < members.length; i++) {
      const node = members[i];
      for (let j = graph.adjOffset[node]; j < graph.adjOffset[node + 1]; j++) {
        const edge = graph.adjHalfEdge[j] >> 1;
        const next = graph.edgeSource[edge] === node ? graph.edgeTarget[edge] : graph.edgeSource[edge];
        if (component[next] < 0) {
          component[next] = start;
          members.push(next);
        }
      }
    }
    if (members.length > best.length) best = members;
  }
  return best;
}

export function tiledNetwork(base: NetworkInput, tiles: number): { network: NetworkInput; mainNodes: number[] } {
  const baseGraph = new PedestrianGraph(base);
  const main = largestComponent(baseGraph);
  const lons = base.nodes.map((n) => n.lon);
  const lats = base.nodes.map((n) => n.lat);
  const tileLon = Math.max(...lons) - Math.min(...lons) + 0.0005;
  const tileLat = Math.max(...lats) - Math.min(...lats) + 0.0004;
  const byLon = [...main].sort((a, b) => base.nodes[a].lon - base.nodes[b].lon);
  const byLat = [...main].sort((a, b) => base.nodes[a].lat - base.nodes[b].lat);
  const sortBy = (list: number[], key: 'lon' | 'lat') => list.sort((a, b) => base.nodes[a][key] - base.nodes[b][key]);
  const west = sortBy(byLon.slice(0, LINKS), 'lat');
  const east = sortBy(byLon.slice(-LINKS), 'lat');
  const south = sortBy(byLat.slice(0, LINKS), 'lon');
  const north = sortBy(byLat.slice(-LINKS), 'lon');
  const n = base.nodes.length;
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const mainNodes: number[] = [];
  for (let tx = 0; tx < tiles; tx++) {
    for (let ty = 0; ty < tiles; ty++) {
      const tile = tx * tiles + ty;
      for (const node of base.nodes) nodes.push({ ...node, id: tile * n + node.id, lon: node.lon + tx * tileLon, lat: node.lat + ty * tileLat });
      for (const edge of base.edges) {
        edges.push({
          ...edge, id: edges.length + 1, source: tile * n + edge.source, target: tile * n + edge.target,
          coordinates: edge.coordinates.map(([lon, lat]) => [lon + tx * tileLon, lat + ty * tileLat]),
        });
      }
      // Ids, not indexes: a pair of indexes would name the neighbouring node, sometimes outside the component.
      for (const index of main) mainNodes.push(tile * n + base.nodes[index].id);
    }
  }
  const link = (from: number, to: number) => {
    const a = nodes[from];
    const b = nodes[to];
    const coordinates: [number, number][] = [[a.lon, a.lat], [b.lon, b.lat]];
    edges.push({
      id: edges.length + 1, source: a.id, target: b.id, coordinates, lengthM: haversineM(coordinates[0], coordinates[1]),
      attributes: { ...unknownAttributes('footway'), incline: 0, surface: 'asphalt' },
    });
  };
  for (let tx = 0; tx < tiles; tx++) {
    for (let ty = 0; ty < tiles; ty++) {
      const tile = tx * tiles + ty;
      for (let i = 0; i < LINKS; i++) {
        if (tx + 1 < tiles) link(tile * n + east[i], (tile + tiles) * n + west[i]);
        if (ty + 1 < tiles) link(tile * n + north[i], (tile + 1) * n + south[i]);
      }
    }
  }
  return { network: { nodes, edges }, mainNodes };
}
