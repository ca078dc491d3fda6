import { PbfWriter } from 'pbf';

/** A property value a vector tile can carry; null means "absent", as ST_AsMVT leaves it out. */
export type TileValue = string | number | boolean | null;

/** A point already in tile coordinates (0..extent, y down), with its properties. */
export interface TilePoint {
  id?: number;
  x: number;
  y: number;
  properties: Record<string, TileValue>;
}

export interface TileLayer {
  name: string;
  extent: number;
  features: TilePoint[];
}

// Field numbers and constants of the Mapbox Vector Tile specification 2.1 (vector_tile.proto).
const TILE_LAYERS = 3;
const LAYER = { name: 1, features: 2, keys: 3, values: 4, extent: 5, version: 15 } as const;
const FEATURE = { id: 1, tags: 2, type: 3, geometry: 4 } as const;
const VALUE = { string: 1, double: 3, uint: 5, sint: 6, bool: 7 } as const;
const POINT_TYPE = 1;
const MOVE_TO_ONE = (1 << 3) | 1;

/**
 * Encodes point layers as a Mapbox Vector Tile (protobuf), for the embedded database whose
 * PostGIS lacks ST_AsMVT. Only what the facility tiles need: points, and string, number and
 * boolean properties with keys and values shared across a layer. Layers without features are
 * left out, so a tile with nothing in it is empty, as ST_AsMVT makes it.
 *
 * @example encodeTile([{ name: 'facilities', extent: 4096, features: [{ id: 7, x: 10, y: 20, properties: { category: 'school' } }] }])
 */
export function encodeTile(layers: readonly TileLayer[]): Uint8Array {
  const pbf = new PbfWriter();
  for (const layer of layers) {
    if (layer.features.length > 0) pbf.writeMessage(TILE_LAYERS, writeLayer, layer);
  }
  return pbf.finish();
}

function writeLayer(layer: TileLayer, pbf: PbfWriter) {
  const keys = new Map<string, number>();
  const values = new Map<string, { index: number; value: Exclude<TileValue, null> }>();
  const features = layer.features.map((feature) => {
    const tags: number[] = [];
    for (const [key, value] of Object.entries(feature.properties)) {
      if (value === null || value === undefined) continue;
      if (!keys.has(key)) keys.set(key, keys.size);
      const valueKey = `${typeof value}:${value}`;
      if (!values.has(valueKey)) values.set(valueKey, { index: values.size, value });
      tags.push(keys.get(key)!, values.get(valueKey)!.index);
    }
    return { feature, tags };
  });

  pbf.writeVarintField(LAYER.version, 2);
  pbf.writeStringField(LAYER.name, layer.name);
  for (const { feature, tags } of features) pbf.writeMessage(LAYER.features, writeFeature, { feature, tags });
  for (const key of keys.keys()) pbf.writeStringField(LAYER.keys, key);
  for (const { value } of values.values()) pbf.writeMessage(LAYER.values, writeValue, value);
  pbf.writeVarintField(LAYER.extent, layer.extent);
}

function writeFeature({ feature, tags }: { feature: TilePoint; tags: number[] }, pbf: PbfWriter) {
  if (feature.id !== undefined) pbf.writeVarintField(FEATURE.id, feature.id);
  pbf.writePackedVarint(FEATURE.tags, tags);
  pbf.writeVarintField(FEATURE.type, POINT_TYPE);
  pbf.writePackedVarint(FEATURE.geometry, [MOVE_TO_ONE, zigzag(feature.x), zigzag(feature.y)]);
}

function writeValue(value: Exclude<TileValue, null>, pbf: PbfWriter) {
  if (typeof value === 'string') pbf.writeStringField(VALUE.string, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(VALUE.bool, value);
  else if (!Number.isInteger(value)) pbf.writeDoubleField(VALUE.double, value);
  else if (value >= 0) pbf.writeVarintField(VALUE.uint, value);
  else pbf.writeSVarintField(VALUE.sint, value);
}

function zigzag(n: number): number {
  return (n << 1) ^ (n >> 31);
}
