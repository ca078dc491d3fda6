import type { EdgeKind, Kerb } from '../../domain/routing/attributes';
import { haversineM, polylineLengthM } from '../../domain/routing/geo';
import { namesFromSingle } from '../names';
import { categoryFromOsmTags } from '../osm-facility-tags';
import type { NetworkSource, SourceEdge, SourceEntrance, SourceFacility, SourceNode } from './network-source';
import type { OsmElement, OsmWay } from './osm-reader';
import { edgeAttributes, edgeKind, kerbOf, stringTags, yesNo } from './osm-tags';

/** Facility tags kept as self-reported, unverified attributes (the same keys the facility importer keeps). */
const FACILITY_KEYS = ['amenity', 'shop', 'healthcare', 'office', 'wheelchair', 'toilets:wheelchair', 'wheelchair:description', 'addr:street', 'addr:housenumber'];
/** Node tags that describe a crossing and belong on the crossing way that passes the node. */
const CROSSING_NODE_KEYS = ['crossing', 'crossing:markings', 'crossing:signals', 'crossing_ref', 'traffic_signals:sound', 'tactile_paving'];
const ENTRANCE_FACILITY_RADIUS_M = 30;

interface WalkableWay extends OsmWay {
  kind: EdgeKind;
}

/**
 * Turns OSM nodes and ways into a pedestrian network split at junctions, kerbs and entrances, the facilities
 * the file holds, and their entrances. Keeps node positions for the whole file in memory: meant for
 * city extracts, not a planet file.
 */
export async function osmNetwork(elements: AsyncIterable<OsmElement>): Promise<NetworkSource> {
  const positions = new Map<number, [number, number]>();
  const nodeTags = new Map<number, Record<string, string>>();
  const ways: WalkableWay[] = [];
  const facilities: SourceFacility[] = [];
  const facilityWays = new Map<number, string>();
  for await (const element of elements) {
    if (element.type === 'node') {
      positions.set(element.id, [element.lon, element.lat]);
      if (Object.keys(element.tags).length) nodeTags.set(element.id, element.tags);
      const facility = facilityOf(`node/${element.id}`, element.tags, [element.lon, element.lat]);
      if (facility) facilities.push(facility);
      continue;
    }
    const kind = edgeKind(element.tags);
    if (kind && element.refs.length >= 2) ways.push({ ...element, kind });
    const ring = element.refs.map((ref) => positions.get(ref)).filter((p): p is [number, number] => !!p);
    const facility = ring.length ? facilityOf(`way/${element.id}`, element.tags, centroid(ring)) : null;
    if (facility) {
      facilities.push(facility);
      for (const ref of element.refs) facilityWays.set(ref, facility.sourceId);
    }
  }
  const uses = new Map<number, number>();
  for (const way of ways) way.refs.forEach((ref, i) => uses.set(ref, (uses.get(ref) ?? 0) + (i === 0 || i === way.refs.length - 1 ? 2 : 1)));
  const nodes = new Map<number, SourceNode>();
  const nodeOf = (ref: number): string => {
    if (!nodes.has(ref)) {
      const tags = nodeTags.get(ref) ?? {};
      const [lon, lat] = positions.get(ref)!;
      nodes.set(ref, { sourceId: `node/${ref}`, lon, lat, kerb: kerbOf(tags), tactilePaving: yesNo(tags.tactile_paving), elevator: tags.highway === 'elevator' });
    }
    return `node/${ref}`;
  };
  const edges: SourceEdge[] = [];
  for (const way of ways) {
    const refs = way.refs.filter((ref) => positions.has(ref));
    if (refs.length < 2) continue;
    const tags = { ...crossingNodeTags(way, refs, nodeTags), ...way.tags };
    let start = 0;
    let part = 0;
    let pendingKerb: Kerb | null = null;
    for (let i = 1; i < refs.length; i++) {
      const kerbHere = i < refs.length - 1 ? kerbOf(nodeTags.get(refs[i]) ?? {}) : null;
      const entrance = nodeTags.get(refs[i])?.entrance;
      if (i < refs.length - 1 && (uses.get(refs[i]) ?? 0) < 2 && !kerbHere && !entrance) continue;
      const coordinates = refs.slice(start, i + 1).map((ref) => positions.get(ref)!);
      const attributes = edgeAttributes(way.kind, tags);
      if (pendingKerb) attributes.kerbAtSource = pendingKerb;
      if (kerbHere && way.kind !== 'crossing' && way.kind !== 'road') pendingKerb = kerbHere;
      else pendingKerb = null;
      edges.push({
        sourceId: `way/${way.id}/${part++}`,
        sourceNode: nodeOf(refs[start]), targetNode: nodeOf(refs[i]), coordinates,
        lengthM: polylineLengthM(coordinates), attributes, tags: stringTags(way.tags),
      });
      start = i;
    }
  }
  const entrances = entrancesOf(nodeTags, positions, nodes, facilityWays, facilities);
  return { source: 'osm', nodes: [...nodes.values()], edges, facilities, entrances };
}

function facilityOf(sourceId: string, tags: Record<string, string>, position: [number, number]): SourceFacility | null {
  const category = categoryFromOsmTags(tags);
  if (!category) return null;
  const attributes: Record<string, string> = { osm_type: sourceId.split('/')[0] };
  for (const key of FACILITY_KEYS) if (tags[key]) attributes[key] = tags[key];
  const name = tags.name ?? null;
  const detected = namesFromSingle(name);
  return {
    sourceId, category, name, lon: position[0], lat: position[1], attributes,
    names: { kk: tags['name:kk'] ?? detected.kk, ru: tags['name:ru'] ?? detected.ru, en: tags['name:en'] ?? detected.en },
  };
}

function centroid(points: [number, number][]): [number, number] {
  const ring = points.length > 2 && points[0][0] === points.at(-1)![0] && points[0][1] === points.at(-1)![1] ? points.slice(1) : points;
  return [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
}

/** Crossing details mapped on the node where a crossing way meets the road. */
function crossingNodeTags(way: WalkableWay, refs: number[], nodeTags: Map<number, Record<string, string>>): Record<string, string> {
  if (way.kind !== 'crossing') return {};
  const merged: Record<string, string> = {};
  for (const ref of refs) {
    const tags = nodeTags.get(ref);
    if (!tags || (tags.highway !== 'crossing' && tags.highway !== 'traffic_signals')) continue;
    for (const key of CROSSING_NODE_KEYS) if (tags[key] && !merged[key]) merged[key] = tags[key];
    if (tags.highway === 'traffic_signals' && !merged.crossing) merged.crossing = 'traffic_signals';
  }
  return merged;
}

/** Entrances: linked to the facility whose outline holds them, else to the nearest facility close by. */
function entrancesOf(
  nodeTags: Map<number, Record<string, string>>, positions: Map<number, [number, number]>, network: Map<number, SourceNode>,
  facilityWays: Map<number, string>, facilities: SourceFacility[],
): SourceEntrance[] {
  const entrances: SourceEntrance[] = [];
  for (const [id, tags] of nodeTags) {
    if (!tags.entrance || tags.entrance === 'no') continue;
    const position = positions.get(id)!;
    let facility = facilityWays.get(id) ?? null;
    if (!facility) {
      let best = ENTRANCE_FACILITY_RADIUS_M;
      for (const f of facilities) {
        const distance = haversineM(position, [f.lon, f.lat]);
        if (distance < best) [best, facility] = [distance, f.sourceId];
      }
    }
    entrances.push({
      sourceId: `node/${id}`, lon: position[0], lat: position[1], entranceType: tags.entrance,
      wheelchair: tags.wheelchair ?? null, nodeSourceId: network.has(id) ? `node/${id}` : null, facilitySourceId: facility,
    });
  }
  return entrances;
}
