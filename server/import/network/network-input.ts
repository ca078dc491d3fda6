import type { NetworkInput } from '../../domain/routing/attributes';
import type { NetworkSource } from './network-source';

/**
 * A read network as graph input without a database round trip (benchmarks, comparisons): node
 * ids are positions in the source's node list, edge ids positions in its edge list, both from 1.
 */
export function networkInput(source: NetworkSource): NetworkInput {
  const ids = new Map(source.nodes.map((node, i) => [node.sourceId, i + 1]));
  return {
    nodes: source.nodes.map((node, i) => ({
      id: i + 1, lon: node.lon, lat: node.lat, kerb: node.kerb, tactilePaving: node.tactilePaving, elevator: node.elevator,
    })),
    edges: source.edges.map((edge, i) => ({
      id: i + 1, source: ids.get(edge.sourceNode)!, target: ids.get(edge.targetNode)!,
      coordinates: edge.coordinates, lengthM: edge.lengthM, attributes: edge.attributes,
    })),
  };
}
