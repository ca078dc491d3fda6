import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { importFacilities } from '../../import/facilities';
import { GROUPS } from '../../services/facilities/facility-feature';

/**
 * Test data for the statistics: facilities beyond Astana (other regions, one exactly on a shared
 * region border, one outside Kazakhstan) and a history of audits written straight into the
 * tables, with results shaped as the scoring module writes them.
 */

const STATUSES = ['accessible', 'partial', 'conditional', 'inaccessible', 'unknown'] as const;
const FAILING = ['entrance.stepfree_means', 'entrance.door_width', 'wc.accessible_present', 'inside.vertical_means',
  'service.hearing_loop', 'approach.kerb_height', 'site.parking_count', 'entrance.glass_marking'];
const DAY_MS = 86_400_000;

/** A small deterministic generator, so every run audits the same facilities the same way. */
export function seededRandom(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Facilities in four more regions, one on a region border and one in Bishkek; returns the border point's covering regions. */
export async function addFacilitiesBeyondAstana(database: Database): Promise<{ borderCovering: string[] }> {
  const [vertex] = await database.rows<{ lon: number; lat: number; covering: string[] }>(sql`
    WITH v AS (SELECT (ST_DumpPoints(geom)).geom AS p FROM regions WHERE kato = '710000000' LIMIT 400)
    SELECT ST_X(p) AS lon, ST_Y(p) AS lat,
      (SELECT array_agg(kato ORDER BY kato) FROM regions r WHERE ST_Covers(r.geom, v.p)) AS covering
    FROM v WHERE (SELECT count(*) FROM regions r WHERE ST_Covers(r.geom, v.p)) > 1 LIMIT 1`);
  const places: [string, string, number, number][] = [
    ['almaty', 'school', 76.9286, 43.2567],
    ['almaty', 'hospital', 76.9, 43.24],
    ['almaty', 'library', 76.95, 43.235],
    ['shymkent', 'clinic', 69.59, 42.315],
    ['shymkent', 'kindergarten', 69.6, 42.33],
    ['karaganda', 'townhall', 73.1, 49.8],
    ['petropavl', 'school', 69.13, 54.87],
    ['petropavl', 'station', 69.14, 54.86],
    ['border', 'school', vertex.lon, vertex.lat],
    ['bishkek', 'school', 74.6, 42.87],
    ['bishkek', 'clinic', 74.59, 42.88],
  ];
  const features = places.map(([place, category, lon, lat], i) => ({
    type: 'Feature',
    properties: { category, source: 'stats-test', source_id: `${place}-${i}`, name_ru: `${place} ${category} ${i}` },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  }));
  const file = join(mkdtempSync(join(tmpdir(), 'kz-stats-')), 'facilities.geojson');
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
  await importFacilities(database, file);
  return { borderCovering: vertex.covering };
}

/** An inspector to sign the audits. */
export async function addInspector(database: Database): Promise<number> {
  const [row] = await database.rows<{ id: number }>(sql`
    INSERT INTO users (email, password_hash, role, regions) VALUES ('stats-inspector@example.kz', 'x', 'inspector', '{710000000}')
    RETURNING id::int AS id`);
  return row.id;
}

export interface AuditPlan {
  facilityId: number;
  auditedAt: Date;
  result: Record<string, unknown>;
  adapted: boolean;
  /** Doorstep-to-doorstep status per group, as the audit's and facility's status columns hold it. */
  statuses: Record<string, string>;
}

/** A scoring result with a facility-only status per group, failures for the groups not accessible. */
export function syntheticResult(random: () => number): Omit<AuditPlan, 'facilityId' | 'auditedAt'> {
  const allAccessible = random() < 0.2;
  const complete = random() < 0.9;
  const groups: Record<string, unknown> = {};
  const statuses: Record<string, string> = {};
  for (const g of GROUPS) {
    const facilityOnly = allAccessible ? 'accessible' : STATUSES[Math.floor(random() * STATUSES.length)];
    // The approach (zone 7) can only make the doorstep-to-doorstep status worse.
    const status = facilityOnly === 'accessible' && random() < 0.3 ? 'partial' : facilityOnly;
    statuses[g] = status;
    const failures = facilityOnly === 'accessible' ? [] : FAILING.filter(() => random() < 0.25).map((item) => ({
      item, key: item, severity: facilityOnly === 'inaccessible' || facilityOnly === 'conditional' ? 'critical' : 'minor',
    }));
    groups[g] = { status, facilityOnlyStatus: facilityOnly, failures };
  }
  const adapted = allAccessible && complete;
  return { result: { registryCode: adapted ? 'ДП-В' : 'ДЧ-В', adapted, groups }, adapted, statuses };
}

/**
 * Audits about 70 % of the facilities (some two or three times over the last five years) and sets
 * each facility's current verdict from its latest audit, as the audit submission does.
 */
export async function auditFacilities(database: Database, inspectorId: number, now: Date, seed = 7): Promise<number> {
  const random = seededRandom(seed);
  const ids = (await database.rows<{ id: number }>(sql`SELECT id::int AS id FROM facilities ORDER BY id`)).map((r) => r.id);
  const plans: AuditPlan[] = [];
  for (const facilityId of ids) {
    if (random() < 0.3) continue;
    const count = 1 + Math.floor(random() * random() * 3);
    for (let i = 0; i < count; i++) {
      plans.push({ facilityId, auditedAt: new Date(now.getTime() - Math.floor(random() * 5 * 365) * DAY_MS - Math.floor(random() * DAY_MS)), ...syntheticResult(random) });
    }
  }
  await insertAudits(database, inspectorId, plans);
  await setCurrentVerdicts(database, sql`SELECT DISTINCT ON (facility_id) * FROM audits ORDER BY facility_id, audited_at DESC, id DESC`);
  return plans.length;
}

let keys = 0;

/** Stores audits in one statement (the triggers see them as one batch). Returns their ids. */
export async function insertAudits(database: Database, inspectorId: number, plans: AuditPlan[]): Promise<number[]> {
  const records = plans.map((p) => ({
    facility_id: p.facilityId,
    key: `stats-${process.pid}-${keys++}`,
    result: p.result,
    adapted: p.adapted,
    audited_at: p.auditedAt.toISOString(),
    ...Object.fromEntries(GROUPS.map((g) => [`status_${g}`, p.statuses[g]])),
  }));
  const rows = await database.rows<{ id: number }>(sql`
    INSERT INTO audits (facility_id, inspector_id, idempotency_key, checklist_version, answers, result, registry_code,
      completeness, adapted, status_wheelchair, status_mobility, status_vision, status_hearing, status_intellectual, audited_at)
    SELECT r.facility_id, ${inspectorId}, r.key, '1', '{}', r.result, r.result->>'registryCode', 1, r.adapted,
      r.status_wheelchair, r.status_mobility, r.status_vision, r.status_hearing, r.status_intellectual, r.audited_at
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(facility_id bigint, key text, result jsonb, adapted boolean,
      status_wheelchair text, status_mobility text, status_vision text, status_hearing text, status_intellectual text,
      audited_at timestamptz)
    RETURNING id::int AS id`);
  return rows.map((r) => r.id);
}

/** Makes an audit the facility's current one, as the audit submission does. */
export function makeCurrent(database: Database, auditId: number): Promise<void> {
  return setCurrentVerdicts(database, sql`SELECT * FROM audits WHERE id = ${auditId}`);
}

/** Copies the verdict of each audit `audits` selects onto its facility. */
async function setCurrentVerdicts(database: Database, audits: SQL): Promise<void> {
  await database.rows(sql`
    UPDATE facilities f SET current_audit_id = a.id, audited_at = a.audited_at, adapted = a.adapted,
      registry_code = a.registry_code, status_wheelchair = a.status_wheelchair, status_mobility = a.status_mobility,
      status_vision = a.status_vision, status_hearing = a.status_hearing, status_intellectual = a.status_intellectual
    FROM (${audits}) a WHERE a.facility_id = f.id`);
}
