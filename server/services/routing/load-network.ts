import { sql } from 'drizzle-orm';
import { jsonColumn, type Database } from '../../../db/client';
import type { EdgeAttributes, KerbType, NetworkInput } from '../../domain/routing/attributes';

/** Reads every stored pedestrian node and edge into the plain input the in-memory graph is built from. */
export async function loadNetwork(database: Database): Promise<NetworkInput> {
  const nodes = await database.rows<{ id: string | number; lon: number; lat: number; kerb: KerbType | null; kerb_height_cm: number | null; tactile_paving: boolean | null; elevator: boolean }>(sql`
    SELECT id, ST_X(geom) AS lon, ST_Y(geom) AS lat, kerb, kerb_height_cm, tactile_paving, elevator
    FROM pedestrian_nodes ORDER BY id`);
  const edges = await database.rows<{ id: string | number; source_node_id: string | number; target_node_id: string | number; coordinates: string | [number, number][]; length_m: number; attributes: EdgeAttributes | string }>(sql`
    SELECT id, source_node_id, target_node_id, ST_AsGeoJSON(geom)::json->'coordinates' AS coordinates, length_m, attributes
    FROM pedestrian_edges ORDER BY id`);
  return {
    nodes: nodes.map((n) => ({
      id: Number(n.id), lon: Number(n.lon), lat: Number(n.lat), tactilePaving: n.tactile_paving, elevator: n.elevator,
      kerb: n.kerb || n.kerb_height_cm != null ? { type: n.kerb, heightCm: n.kerb_height_cm } : null,
    })),
    edges: edges.map((e) => ({
      id: Number(e.id), source: Number(e.source_node_id), target: Number(e.target_node_id),
      coordinates: jsonColumn(e.coordinates), lengthM: Number(e.length_m), attributes: jsonColumn(e.attributes),
    })),
  };
}
