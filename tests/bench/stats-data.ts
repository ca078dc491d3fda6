/**
 * Synthetic data for the statistics benchmark (issue 7), never for the demo: N facilities spread
 * over Kazakhstan's real settlements (weighted by population or settlement type), and N audits
 * (70 % of facilities audited, the rest of the audits repeat visits) over the last five years with
 * results shaped as the scoring module writes them. Bulk SQL (generate_series), not row by row.
 *
 *   npx tsx tests/bench/stats-data.ts [facilities] [audits]     (PostgreSQL at BENCH_DATABASE_URL)
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client';
import { importBoundaries } from '../../server/import/boundaries';
import { demoFiles } from '../../server/import/demo';
import { currentChecklist } from '../../server/domain/checklist';
import { dataFile } from '../support/demo-data';

export const benchUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kz_bench_stats';

/** How often each category occurs, roughly as in a city registry. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  school: 12, kindergarten: 10, college: 2, university: 1, training_centre: 1, clinic: 5, hospital: 2, pharmacy: 8,
  social_service: 2, library: 3, museum: 1, theatre: 1, sport_centre: 3, bus_stop: 20, station: 1, police: 2,
  fire_station: 1, townhall: 3, public_service_centre: 2, post_office: 3, bank: 4, shop: 12, other: 3,
};
const PLACE_WEIGHTS: Record<string, number> = { city: 400, town: 60, village: 8, hamlet: 2, isolated_dwelling: 1 };

/** Creates the benchmark database if needed and fills it unless it already holds `facilities` facilities. */
export async function ensureStatsBenchData(facilities: number, audits: number, log = console.log): Promise<Database> {
  await createDatabaseIfMissing(benchUrl);
  const database = await openDatabase({ url: benchUrl, poolSize: 8 });
  const [{ n }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities WHERE source = 'bench'`);
  if (n === facilities) return database;
  const step = async (name: string, run: () => Promise<unknown>) => {
    const started = Date.now();
    await run();
    log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  log(`generating ${facilities} facilities and ${audits} audits in ${new URL(benchUrl).pathname.slice(1)}`);
  await database.rows(sql`TRUNCATE audits, facilities, users RESTART IDENTITY CASCADE`);
  await step('regions and districts', async () => {
    await importBoundaries(database, dataFile(demoFiles.regions));
    await importBoundaries(database, dataFile(demoFiles.districts));
  });
  await step('settlements', () => loadPlaces(database));
  // Bulk load with the statistics triggers off, then one rebuild (measured below) instead.
  await database.rows(sql`ALTER TABLE facilities DISABLE TRIGGER USER`);
  await database.rows(sql`ALTER TABLE audits DISABLE TRIGGER USER`);
  await step('facilities', () => insertFacilities(database, facilities));
  await step('audits', () => insertAudits(database, facilities, audits));
  await step('current verdicts', () => database.rows(sql`
    UPDATE facilities f SET current_audit_id = a.id, audited_at = a.audited_at, adapted = a.adapted,
      registry_code = a.registry_code, score = a.score, status_wheelchair = a.status_wheelchair,
      status_mobility = a.status_mobility, status_vision = a.status_vision, status_hearing = a.status_hearing,
      status_intellectual = a.status_intellectual
    FROM (SELECT DISTINCT ON (facility_id) * FROM audits ORDER BY facility_id, audited_at DESC, id DESC) a
    WHERE a.facility_id = f.id`));
  await database.rows(sql`ALTER TABLE facilities ENABLE TRIGGER USER`);
  await database.rows(sql`ALTER TABLE audits ENABLE TRIGGER USER`);
  await step('stats_rebuild()', () => database.rows(sql`SELECT stats_rebuild()`));
  await step('vacuum analyze', () => database.rows(sql`VACUUM ANALYZE`));
  return database;
}

async function createDatabaseIfMissing(url: string) {
  const name = new URL(url).pathname.slice(1);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = await openDatabase({ url: adminUrl.toString(), poolSize: 1, migrate: false });
  const [exists] = await admin.rows(sql`SELECT 1 FROM pg_database WHERE datname = ${name}`);
  if (!exists) await admin.rows(sql.raw(`CREATE DATABASE ${name}`));
  await admin.close();
}

/** The 9,899 OSM settlements with their region and district, weighted for picking. */
async function loadPlaces(database: Database) {
  const file = dataFile(demoFiles.settlements);
  const places = (JSON.parse(readFileSync(file, 'utf8')).features as { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[])
    .map((f) => ({
      lon: f.geometry.coordinates[0],
      lat: f.geometry.coordinates[1],
      weight: Math.max(1, Math.min(2000, Math.round(Number(f.properties.population ?? 0) / 1000)) || PLACE_WEIGHTS[String(f.properties.place)] || 1),
    }));
  await database.rows(sql`DROP TABLE IF EXISTS bench_places`);
  await database.rows(sql`
    CREATE TABLE bench_places AS
    SELECT row_number() OVER ()::int AS id, p.lon, p.lat, p.weight,
      (SELECT r.kato FROM regions r WHERE ST_Covers(r.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)) ORDER BY r.kato LIMIT 1) AS region_kato
    FROM jsonb_to_recordset(${JSON.stringify(places)}::jsonb) AS p(lon float8, lat float8, weight int)`);
  for (const statement of [
    sql`ALTER TABLE bench_places ADD COLUMN district_kato text`,
    sql`UPDATE bench_places p SET district_kato = (SELECT d.kato FROM districts d WHERE d.region_kato = p.region_kato
      AND ST_Covers(d.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)) ORDER BY d.kato LIMIT 1)`,
    sql`DROP TABLE IF EXISTS bench_slots`,
    sql`CREATE TABLE bench_slots AS SELECT (row_number() OVER () - 1)::int AS slot, p.id AS place_id FROM bench_places p, generate_series(1, p.weight)`,
    sql`CREATE UNIQUE INDEX ON bench_slots (slot)`,
  ]) await database.rows(statement);
}

async function insertFacilities(database: Database, count: number) {
  const categories = Object.entries(CATEGORY_WEIGHTS).flatMap(([c, w]) => Array<string>(w).fill(c));
  const categoryArray = sql`${`{${categories.join(',')}}`}::text[]`;
  await database.rows(sql`
    INSERT INTO facilities (source, source_id, category, name, name_ru, region_kato, district_kato, geom)
    SELECT 'bench', 'b' || x.g, (${categoryArray})[1 + floor(x.c * ${categories.length})::int], 'Объект ' || x.g, 'Объект ' || x.g,
      p.region_kato, p.district_kato,
      ST_SetSRID(ST_MakePoint(p.lon + (x.dx - 0.5) * 0.02, p.lat + (x.dy - 0.5) * 0.02), 4326)
    FROM (SELECT g, random() AS c, random() AS dx, random() AS dy,
            floor(random() * (SELECT count(*) FROM bench_slots))::int AS slot
          FROM generate_series(1, ${count}) g) x
    JOIN bench_slots s ON s.slot = x.slot
    JOIN bench_places p ON p.id = s.place_id`);
}

/**
 * Audits: the first 70 % go one to each facility whose id ends in 0–6, the rest revisit random
 * audited facilities. Each group's status is drawn (a fifth of audits find every group accessible);
 * groups not accessible fail a few checklist items, the first ones in the list more often.
 */
async function insertAudits(database: Database, facilities: number, count: number) {
  const [{ id: inspector }] = await database.rows<{ id: number }>(sql`
    INSERT INTO users (email, password_hash, role, regions) VALUES ('bench@example.kz', 'x', 'inspector', '{}') RETURNING id::int AS id`);
  const items = currentChecklist.items.filter((i) => Object.keys(i.severity ?? {}).length > 0).map((i) => i.id).slice(0, 30);
  const itemArray = sql`${`{${items.join(',')}}`}::text[]`;
  const first = Math.min(count, Math.floor(facilities * 0.7));
  await database.rows(sql`
    INSERT INTO audits (facility_id, inspector_id, idempotency_key, checklist_version, answers, result, registry_code,
      score, completeness, adapted, status_wheelchair, status_mobility, status_vision, status_hearing, status_intellectual, audited_at)
    SELECT v.facility_id, ${inspector}, 'bench-' || v.n, ${currentChecklist.version}, '{}',
      jsonb_build_object('registryCode', CASE WHEN v.adapted THEN 'ДП-В' ELSE 'ДЧ-И' END, 'adapted', v.adapted, 'groups', v.groups),
      CASE WHEN v.adapted THEN 'ДП-В' ELSE 'ДЧ-И' END, 50 + floor(v.r * 50)::int, 1, v.adapted,
      v.s[1], v.s[2], v.s[3], v.s[4], v.s[5], now() - v.age * interval '5 years'
    FROM (
      SELECT a.n, a.facility_id, a.r, a.age, st.s, st.s = ARRAY['accessible','accessible','accessible','accessible','accessible'] AND a.r < 0.9 AS adapted,
        (SELECT jsonb_object_agg(grp, jsonb_build_object('status', st.s[i], 'facilityOnlyStatus', st.s[i], 'failures',
            CASE WHEN st.s[i] = 'accessible' THEN '[]'::jsonb ELSE (
              SELECT coalesce(jsonb_agg(jsonb_build_object('item', item, 'severity',
                CASE WHEN st.s[i] IN ('inaccessible', 'conditional') THEN 'critical' ELSE 'minor' END)), '[]'::jsonb)
              FROM unnest(${itemArray}) WITH ORDINALITY AS it(item, k) WHERE random() < 0.35 / k + 0 * a.n) END))
         FROM unnest(ARRAY['wheelchair','mobility','vision','hearing','intellectual']) WITH ORDINALITY AS gr(grp, i)) AS groups
      FROM (
        SELECT n, random() AS r, random() AS age,
          CASE WHEN n <= ${first}
            THEN (n - 1) / 7 * 10 + (n - 1) % 7 + 1
            ELSE ((floor(random() * ${first})::int) / 7) * 10 + floor(random() * 7)::int + 1 END AS facility_id
        FROM generate_series(1, ${count}) n
      ) a
      CROSS JOIN LATERAL (
        SELECT CASE WHEN random() < 0.2 + 0 * a.n THEN ARRAY['accessible','accessible','accessible','accessible','accessible']
          ELSE ARRAY(SELECT (ARRAY['accessible','partial','conditional','inaccessible','unknown'])[1 + floor(random() * 5)::int]
                     FROM generate_series(1, 5) WHERE a.n > 0) END AS s
      ) st
    ) v
    WHERE v.facility_id <= ${facilities}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const facilities = Number(process.argv[2] ?? 1_000_000);
  const audits = Number(process.argv[3] ?? facilities);
  const database = await ensureStatsBenchData(facilities, audits);
  await database.close();
}
