import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../../../db/client';
import { facilities, facilityEntrances, pedestrianEdges, pedestrianNodes } from '../../../db/schema';
import { assignAreas } from '../areas';
import type { NetworkSource } from './network-source';

export interface NetworkImportSummary {
  source: string;
  nodes: { created: number; updated: number };
  edges: { created: number; updated: number };
  facilities: { created: number; updated: number };
  entrances: { created: number; updated: number; linkedToFacility: number; onNetwork: number };
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const BATCH = 500;

/**
 * Inserts or updates rows by (source, source_id) in batches, returning the database id of each
 * source id and how many rows were new. `xmax = 0` is PostgreSQL's mark of a freshly inserted row.
 */
async function upsert<Row extends { sourceId: string }>(
  tx: Tx, table: PgTable & { source: unknown; sourceId: unknown }, rows: Row[], set: Record<string, SQL | Date>,
): Promise<{ ids: Map<string, number>; created: number }> {
  const ids = new Map<string, number>();
  let created = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const returned = (await tx
      .insert(table)
      .values(rows.slice(i, i + BATCH) as never)
      .onConflictDoUpdate({ target: [table.source, table.sourceId] as never, set: { ...set, updatedAt: new Date() } as never })
      .returning({ id: sql<number>`id`, sourceId: sql<string>`source_id`, inserted: sql<boolean>`(xmax = 0)` })) as {
      id: number | string; sourceId: string; inserted: boolean;
    }[];
    for (const row of returned) {
      ids.set(row.sourceId, Number(row.id));
      if (row.inserted) created++;
    }
  }
  return { ids, created };
}

const excluded = (...columns: string[]) => Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded.${toSnake(c)}`)]));
const toSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Stores a network, its facilities and entrances in one transaction; a re-run updates in place. */
export async function storeNetwork(database: Database, network: NetworkSource): Promise<NetworkImportSummary> {
  const { source } = network;
  return database.db.transaction(async (tx) => {
    const nodes = await upsert(tx, pedestrianNodes, network.nodes.map((n) => ({
      source, sourceId: n.sourceId, geom: [n.lon, n.lat] as [number, number], kerb: n.kerb?.type ?? null,
      kerbHeightCm: n.kerb?.heightCm ?? null, tactilePaving: n.tactilePaving, elevator: n.elevator,
    })), excluded('geom', 'kerb', 'kerbHeightCm', 'tactilePaving', 'elevator'));
    const edges = await upsert(tx, pedestrianEdges, network.edges.map((e) => ({
      source, sourceId: e.sourceId, sourceNodeId: nodes.ids.get(e.sourceNode)!, targetNodeId: nodes.ids.get(e.targetNode)!,
      geom: e.coordinates, lengthM: e.lengthM, kind: e.attributes.kind, attributes: e.attributes, tags: e.tags,
    })), excluded('sourceNodeId', 'targetNodeId', 'geom', 'lengthM', 'kind', 'attributes', 'tags'));
    const places = await upsert(tx, facilities, network.facilities.map((f) => ({
      source, sourceId: f.sourceId, category: f.category, name: f.name, nameKk: f.names.kk, nameRu: f.names.ru,
      nameEn: f.names.en, geom: [f.lon, f.lat] as [number, number], attributes: f.attributes,
    })), excluded('category', 'name', 'nameKk', 'nameRu', 'nameEn', 'geom', 'attributes'));
    if (network.facilities.length) await assignAreas(tx, { source, sourceIds: network.facilities.map((f) => f.sourceId) });
    const entranceRows = network.entrances.map((e) => ({
      source, sourceId: e.sourceId, geom: [e.lon, e.lat] as [number, number], entranceType: e.entranceType,
      wheelchair: e.wheelchair, placedBy: source, facilityId: e.facilitySourceId ? places.ids.get(e.facilitySourceId) ?? null : null,
      nodeId: e.nodeSourceId ? nodes.ids.get(e.nodeSourceId) ?? null : null,
    }));
    const entrances = await upsert(tx, facilityEntrances, entranceRows, excluded('geom', 'entranceType', 'wheelchair', 'facilityId', 'nodeId'));
    const counts = (result: { created: number }, total: number) => ({ created: result.created, updated: total - result.created });
    return {
      source,
      nodes: counts(nodes, network.nodes.length),
      edges: counts(edges, network.edges.length),
      facilities: counts(places, network.facilities.length),
      entrances: {
        ...counts(entrances, entranceRows.length),
        linkedToFacility: entranceRows.filter((e) => e.facilityId).length,
        onNetwork: entranceRows.filter((e) => e.nodeId).length,
      },
    };
  });
}
