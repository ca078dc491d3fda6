import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { dataFile } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { ImportError } from '../import-error';
import { importOpenSidewalks, importOsm } from './index';
import { readOsm, type OsmElement } from './osm-reader';
import { writeOsmPbf } from './pbf-fixture';

const REDMOND = dataFile('opensidewalks-wa-sample');
const MONACO = dataFile('osm-xml-samples/monaco.osm');
const ABERDEEN = dataFile('osm-xml-samples/map-sidewalk-no.osm');

/** A clinic drawn by a mapper who tagged it wheelchair=yes, with its entrance on a footway. */
const CLINIC_XML = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
  <node id="1" lat="43.65" lon="51.15"/>
  <node id="2" lat="43.6505" lon="51.15"><tag k="entrance" v="main"/><tag k="wheelchair" v="yes"/></node>
  <node id="3" lat="43.651" lon="51.15"><tag k="barrier" v="kerb"/><tag k="kerb" v="raised"/><tag k="kerb:height" v="0.04"/></node>
  <node id="4" lat="43.6515" lon="51.15"/>
  <node id="5" lat="43.6506" lon="51.1502"><tag k="amenity" v="clinic"/><tag k="name" v="Емхана №3"/><tag k="wheelchair" v="yes"/><tag k="toilets:wheelchair" v="no"/></node>
  <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><tag k="highway" v="footway"/><tag k="incline" v="6%"/><tag k="surface" v="paving_stones"/><tag k="width" v="1,8"/></way>
</osm>`;

const count = async (database: Database, table: string, where = sql``) =>
  Number((await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} ${where}`))[0].n);

describe.each(databaseKinds)('pedestrian network import on %s', (kind) => {
  let database: Database;
  const scratch = mkdtempSync(join(tmpdir(), 'kz-network-'));

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it('imports the Redmond OpenSidewalks graph with kerbs on nodes, and a re-run only updates', async () => {
    const first = await importOpenSidewalks(database, REDMOND);
    expect(first.nodes).toEqual({ created: 3916, updated: 0 });
    expect(first.edges).toEqual({ created: 4368, updated: 0 });
    expect(await count(database, 'pedestrian_nodes', sql`WHERE kerb = 'raised'`)).toBe(91);
    expect(await count(database, 'pedestrian_nodes', sql`WHERE kerb = 'lowered'`)).toBe(645);
    expect(await count(database, 'pedestrian_edges', sql`WHERE kind = 'steps'`)).toBe(112);
    const [step] = await database.rows<{ incline: number; length: number; srid: number }>(sql`
      SELECT (attributes->>'incline')::float AS incline, length_m AS length, ST_SRID(geom) AS srid
      FROM pedestrian_edges WHERE source = 'osw' AND source_id = 'wa.microsoft/edge/873'`);
    expect(step).toEqual({ incline: 0.12, length: 6.5, srid: 4326 });
    const again = await importOpenSidewalks(database, REDMOND);
    expect(again.nodes).toEqual({ created: 0, updated: 3916 });
    expect(again.edges).toEqual({ created: 0, updated: 4368 });
    expect(await count(database, 'pedestrian_edges', sql`WHERE source = 'osw'`)).toBe(4368);
  });

  it('imports Monaco from OSM XML: footways, crossings, steps, elevators and facilities', async () => {
    const summary = await importOsm(database, MONACO);
    expect(summary.edges.created).toBeGreaterThan(1500);
    expect(await count(database, 'pedestrian_edges', sql`WHERE source = 'osm' AND kind = 'steps'`)).toBeGreaterThanOrEqual(82);
    expect(await count(database, 'pedestrian_edges', sql`WHERE source = 'osm' AND kind = 'crossing'`)).toBeGreaterThan(20);
    expect(await count(database, 'pedestrian_nodes', sql`WHERE source = 'osm' AND elevator`)).toBeGreaterThanOrEqual(1);
    expect(summary.facilities.created).toBeGreaterThan(50);
    const [police] = await database.rows<{ category: string }>(sql`SELECT category FROM facilities WHERE source = 'osm' AND attributes->>'amenity' = 'police' LIMIT 1`);
    expect(police.category).toBe('police');
  });

  it('reads the same network from .osm.pbf as from OSM XML, so importing both duplicates nothing', async () => {
    const elements: OsmElement[] = [];
    for await (const element of readOsm(MONACO)) elements.push(element);
    const pbf = join(scratch, 'monaco.osm.pbf');
    writeOsmPbf(pbf, elements);
    const before = await count(database, 'pedestrian_edges', sql`WHERE source = 'osm'`);
    const summary = await importOsm(database, pbf);
    expect(summary.edges.created).toBe(0);
    expect(summary.edges.updated).toBe(before);
    expect(summary.facilities.created).toBe(0);
  });

  it('links Aberdeen entrances to their buildings and to the network', async () => {
    const summary = await importOsm(database, ABERDEEN);
    expect(summary.entrances.created).toBe(11);
    expect(summary.entrances.linkedToFacility).toBeGreaterThanOrEqual(1);
    expect(summary.entrances.onNetwork).toBeGreaterThanOrEqual(1);
    expect(await count(database, 'pedestrian_edges', sql`WHERE source = 'osm' AND tags->>'sidewalk' IS NOT NULL`)).toBeGreaterThan(10);
  });

  it('keeps wheelchair tags as self-reported attributes, never as an audit, and reads kerbs, incline and width', async () => {
    const file = join(scratch, 'clinic.osm');
    writeFileSync(file, CLINIC_XML);
    const summary = await importOsm(database, file);
    expect(summary.facilities.created).toBe(1);
    const [clinic] = await database.rows<{ id: number; attributes: unknown; current_audit_id: number | null }>(sql`
      SELECT id, attributes, current_audit_id FROM facilities WHERE source = 'osm' AND source_id = 'node/5'`);
    const attributes = typeof clinic.attributes === 'string' ? JSON.parse(clinic.attributes) : clinic.attributes;
    expect(attributes).toMatchObject({ amenity: 'clinic', wheelchair: 'yes', 'toilets:wheelchair': 'no' });
    expect(clinic.current_audit_id).toBeNull();
    expect(await count(database, 'audits', sql`WHERE facility_id = ${clinic.id}`)).toBe(0);
    const [entrance] = await database.rows<{ facility_id: number; node_id: number | null; wheelchair: string }>(sql`
      SELECT facility_id, node_id, wheelchair FROM facility_entrances WHERE source = 'osm' AND source_id = 'node/2'`);
    expect(Number(entrance.facility_id)).toBe(Number(clinic.id));
    expect(entrance.node_id).not.toBeNull();
    expect(entrance.wheelchair).toBe('yes');
    const edges = await database.rows<{ attributes: any }>(sql`SELECT attributes FROM pedestrian_edges WHERE source = 'osm' AND source_id LIKE 'way/10/%' ORDER BY source_id`);
    const parsed = edges.map((e) => (typeof e.attributes === 'string' ? JSON.parse(e.attributes) : e.attributes));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ kind: 'footway', incline: 0.06, widthM: 1.8, surface: 'paving_stones' });
    expect(parsed[2].kerbAtSource).toEqual({ type: 'raised', heightCm: 4 });
  });

  it('refuses a broken file and imports nothing from it', async () => {
    const file = join(scratch, 'broken.osm');
    writeFileSync(file, CLINIC_XML.replace('<node id="4"', '<node id="6" lat="43.7" lon="51.2"/><node id="4"').slice(0, -20));
    const before = await count(database, 'pedestrian_nodes');
    await expect(importOsm(database, file)).rejects.toBeInstanceOf(ImportError);
    await expect(importOpenSidewalks(database, scratch)).rejects.toThrow(/edges/);
    expect(await count(database, 'pedestrian_nodes')).toBe(before);
  });
});
