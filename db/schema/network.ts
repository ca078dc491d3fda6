import { customType, bigint, bigserial, boolean, doublePrecision, index, jsonb, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { EdgeAttributes, KerbType } from '../../server/domain/routing/attributes';
import { facilities } from './facilities';
import { point } from './geometry';

/** A PostGIS LineString in WGS 84 as `[lon, lat][]`, written as EWKT, read from hex EWKB. */
export const lineString = customType<{ data: [number, number][]; driverData: string }>({
  dataType() {
    return 'geometry(LineString, 4326)';
  },
  toDriver(coordinates) {
    return `SRID=4326;LINESTRING(${coordinates.map(([lon, lat]) => `${lon} ${lat}`).join(',')})`;
  },
  fromDriver(hex) {
    return parseEwkbLineString(hex);
  },
});

/** Decodes a hex (E)WKB LineString: byte order, type (optional SRID flag), count, then x/y pairs. */
export function parseEwkbLineString(hex: string): [number, number][] {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const view = new DataView(bytes.buffer);
  const little = view.getUint8(0) === 1;
  let offset = view.getUint32(1, little) & 0x20000000 ? 9 : 5;
  const count = view.getUint32(offset, little);
  offset += 4;
  const coordinates: [number, number][] = [];
  for (let i = 0; i < count; i++, offset += 16) {
    coordinates.push([view.getFloat64(offset, little), view.getFloat64(offset + 8, little)]);
  }
  return coordinates;
}

/**
 * Nodes of the pedestrian network. Kerbs and tactile paving sit on nodes in OpenSidewalks and OSM.
 * `source` + `sourceId` (`osw` + `wa.microsoft/node/123`, `osm` + `node/123`) make re-imports update.
 */
export const pedestrianNodes = pgTable(
  'pedestrian_nodes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    geom: point('geom').notNull(),
    kerb: text('kerb').$type<KerbType>(),
    kerbHeightCm: real('kerb_height_cm'),
    tactilePaving: boolean('tactile_paving'),
    elevator: boolean('elevator').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pedestrian_nodes_source_uq').on(t.source, t.sourceId), index('pedestrian_nodes_geom_idx').using('gist', t.geom)],
);

/**
 * Walkable edges, usable both ways. `attributes` holds the routing attributes (incline signed from
 * source node to target node; null = not surveyed); `tags` keeps the source's raw tags.
 */
export const pedestrianEdges = pgTable(
  'pedestrian_edges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    sourceNodeId: bigint('source_node_id', { mode: 'number' }).notNull().references(() => pedestrianNodes.id),
    targetNodeId: bigint('target_node_id', { mode: 'number' }).notNull().references(() => pedestrianNodes.id),
    geom: lineString('geom').notNull(),
    lengthM: doublePrecision('length_m').notNull(),
    kind: text('kind').notNull(),
    attributes: jsonb('attributes').$type<EdgeAttributes>().notNull(),
    tags: jsonb('tags').$type<Record<string, string>>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pedestrian_edges_source_uq').on(t.source, t.sourceId),
    index('pedestrian_edges_geom_idx').using('gist', t.geom),
    index('pedestrian_edges_nodes_idx').on(t.sourceNodeId, t.targetNodeId),
  ],
);

/**
 * Entrances that link a facility to the network: from OSM `entrance=*` or placed by an inspector.
 * `wheelchair` is the source's own tag, self-reported and unverified.
 */
export const facilityEntrances = pgTable(
  'facility_entrances',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    facilityId: bigint('facility_id', { mode: 'number' }).references(() => facilities.id),
    nodeId: bigint('node_id', { mode: 'number' }).references(() => pedestrianNodes.id),
    geom: point('geom').notNull(),
    entranceType: text('entrance_type').notNull(),
    wheelchair: text('wheelchair'),
    placedBy: text('placed_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('facility_entrances_source_uq').on(t.source, t.sourceId),
    index('facility_entrances_facility_idx').on(t.facilityId),
    index('facility_entrances_geom_idx').using('gist', t.geom),
  ],
);
