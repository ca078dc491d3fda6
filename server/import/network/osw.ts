import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { polylineLengthM } from '../../domain/routing/geo';
import { featureLabel, isLonLat, readFeatureCollection } from '../geojson-file';
import { ImportError } from '../import-error';
import type { NetworkSource, SourceEdge, SourceNode } from './network-source';
import { edgeAttributes, edgeKind, kerbOf, stringTags, yesNo, type Tags } from './osm-tags';

const TOPOLOGY_KEYS = ['_id', '_u_id', '_v_id', 'length'];

/** Finds the `*.edges.*geojson` and `*.nodes.*geojson` files of an OpenSidewalks export. */
async function graphFiles(folder: string): Promise<{ edges: string; nodes: string; dataset: string }> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    throw new ImportError(folder, `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const find = (part: string) => names.find((n) => n.includes(`.${part}.`) && /\.geojson$/i.test(n));
  const edges = find('edges');
  const nodes = find('nodes');
  if (!edges || !nodes) throw new ImportError(folder, 'an OpenSidewalks folder needs an *.edges.*.geojson and a *.nodes.*.geojson file');
  const dataset = basename(edges).split(/\.graph\.|\.edges\./)[0];
  return { edges: join(folder, edges), nodes: join(folder, nodes), dataset };
}

/**
 * Reads an OpenSidewalks (OSW 0.2) graph: edges carry `_u_id`/`_v_id` topology, incline as a signed
 * grade along the geometry and OSM tags; kerbs and tactile paving are on the nodes.
 */
export async function readOpenSidewalks(folder: string): Promise<NetworkSource> {
  const files = await graphFiles(folder);
  const nodeFeatures = await readFeatureCollection(files.nodes);
  const edgeFeatures = await readFeatureCollection(files.edges);
  const nodeKey = (id: unknown) => `${files.dataset}/node/${String(id)}`;
  const nodes: SourceNode[] = nodeFeatures.map((feature, index) => {
    const p = (feature.properties ?? {}) as Tags;
    const position = feature.geometry?.coordinates;
    if (feature.geometry?.type !== 'Point' || !isLonLat(position) || p._id === undefined) {
      throw new ImportError(files.nodes, 'a node needs a Point geometry and an _id', featureLabel(feature, index));
    }
    return {
      sourceId: nodeKey(p._id), lon: position[0], lat: position[1], kerb: kerbOf(p),
      tactilePaving: yesNo(p.tactile_paving), elevator: p.highway === 'elevator',
    };
  });
  const known = new Set(nodes.map((n) => n.sourceId));
  const edges: SourceEdge[] = [];
  edgeFeatures.forEach((feature, index) => {
    const p = (feature.properties ?? {}) as Tags;
    const label = featureLabel(feature, index);
    const coordinates = feature.geometry?.coordinates as [number, number][];
    if (feature.geometry?.type !== 'LineString' || !Array.isArray(coordinates) || coordinates.length < 2 || !coordinates.every(isLonLat)) {
      throw new ImportError(files.edges, 'an edge needs a LineString geometry', label);
    }
    const [sourceNode, targetNode] = [nodeKey(p._u_id), nodeKey(p._v_id)];
    if (!known.has(sourceNode) || !known.has(targetNode)) throw new ImportError(files.edges, `refers to a node missing from ${basename(files.nodes)}`, label);
    const kind = edgeKind(p);
    if (!kind) return;
    const length = typeof p.length === 'number' && p.length > 0 ? p.length : polylineLengthM(coordinates);
    edges.push({
      sourceId: `${files.dataset}/edge/${String(p._id ?? index)}`, sourceNode, targetNode, coordinates,
      lengthM: length, attributes: edgeAttributes(kind, p), tags: stringTags(p, TOPOLOGY_KEYS),
    });
  });
  return { source: 'osw', nodes, edges, facilities: [], entrances: [] };
}
