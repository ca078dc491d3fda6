/**
 * Synthetic facilities for the tile and search benchmarks ONLY (never the demo): N facilities
 * spread over Kazakhstan's real settlements in proportion to their population, with realistic
 * categories and Kazakh and Russian names ("№ 123 мектеп-гимназия", "Школа № 45", "Поликлиника
 * № 7"), 5 % of them with an audit status. Into a PostgreSQL database of its own, in one
 * INSERT ... SELECT, with the big indexes dropped during the load and rebuilt after.
 *
 *   npx tsx tests/bench/generate-facilities.ts [--count 1000000] [--url postgres://postgres@127.0.0.1:5432/kz_bench_tiles]
 */
import { sql } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { openDatabase, rowsOf, type Database } from '../../db/client';
import { importBoundaries } from '../../server/import/boundaries';
import { demoFiles } from '../../server/import/demo';
import { importFacilities } from '../../server/import/facilities';
import { importSettlements } from '../../server/import/settlements';
import { importStreets } from '../../server/import/streets';
import { dataFile } from '../support/demo-data';

export const BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/kz_bench_tiles';

/** Category, share of all facilities, and name templates: {n} a number, {p} a proper name, {s} the settlement. */
const CATEGORIES: { id: string; weight: number; ru: string[]; kk: string[]; en: string[] }[] = [
  { id: 'school', weight: 10, ru: ['Школа № {n}', 'Школа-гимназия № {n}', 'Школа-лицей № {n}', 'Средняя школа № {n} {s}'], kk: ['№ {n} мектеп-гимназия', '№ {n} жалпы орта білім беретін мектеп', '{p} атындағы № {n} мектеп-лицей', '{s} орта мектебі'], en: ['School No. {n}'] },
  { id: 'kindergarten', weight: 10, ru: ['Детский сад № {n} «{p}»', 'Ясли-сад «{p}»'], kk: ['№ {n} «{p}» балабақшасы', '«{p}» бөбекжайы'], en: ['Kindergarten No. {n}'] },
  { id: 'clinic', weight: 6, ru: ['Поликлиника № {n}', 'Врачебная амбулатория {s}', 'Медицинский центр «{p}»'], kk: ['№ {n} қалалық емхана', '{s} дәрігерлік амбулаториясы'], en: ['City clinic No. {n}'] },
  { id: 'hospital', weight: 2, ru: ['Городская больница № {n}', 'Центральная районная больница {s}'], kk: ['№ {n} көпбейінді қалалық аурухана', '{s} аудандық ауруханасы'], en: ['City hospital No. {n}'] },
  { id: 'pharmacy', weight: 14, ru: ['Аптека № {n}', 'Аптека «{p}»', 'Европа-Фарма', 'Аптека Садыхан'], kk: ['№ {n} дәріхана', '«{p}» дәріханасы'], en: ['Pharmacy No. {n}'] },
  { id: 'shop', weight: 22, ru: ['Магазин «{p}»', 'Супермаркет «{p}»', 'Продукты «{p}»'], kk: ['«{p}» дүкені', '«{p}» азық-түлік дүкені'], en: ['{p} store'] },
  { id: 'bus_stop', weight: 18, ru: ['Остановка «{p}»', 'Улица {p}'], kk: ['{p} аялдамасы', '{p} көшесі'], en: ['{p} stop'] },
  { id: 'library', weight: 2, ru: ['Библиотека № {n}', 'Сельская библиотека {s}'], kk: ['№ {n} кітапхана', '{s} ауылдық кітапханасы'], en: ['Library No. {n}'] },
  { id: 'post_office', weight: 3, ru: ['Отделение Казпочты № {n}', 'Почта {s}'], kk: ['Қазпошта № {n} бөлімшесі', '{s} поштасы'], en: ['Kazpost office No. {n}'] },
  { id: 'bank', weight: 4, ru: ['Halyk Bank, отделение № {n}', 'Kaspi Bank, отделение № {n}', 'Forte Bank', 'Отбасы банк'], kk: ['Halyk Bank № {n} бөлімшесі', 'Kaspi Bank № {n} бөлімшесі'], en: ['Halyk Bank branch No. {n}'] },
  { id: 'police', weight: 1, ru: ['Отдел полиции № {n}', 'Участковый пункт полиции {s}'], kk: ['№ {n} полиция бөлімі', '{s} учаскелік полиция пункті'], en: ['Police station No. {n}'] },
  { id: 'townhall', weight: 1, ru: ['Акимат {s}', 'Аппарат акима {s}'], kk: ['{s} әкімдігі', '{s} ауылдық округі әкімінің аппараты'], en: ['Akimat of {s}'] },
  { id: 'public_service_centre', weight: 1, ru: ['ЦОН № {n}', 'Центр обслуживания населения {s}'], kk: ['№ {n} ХҚКО', '{s} халыққа қызмет көрсету орталығы'], en: ['Public service centre No. {n}'] },
  { id: 'sport_centre', weight: 2, ru: ['Спорткомплекс «{p}»', 'Бассейн «{p}»'], kk: ['«{p}» спорт кешені'], en: ['{p} sports centre'] },
  { id: 'college', weight: 1, ru: ['Колледж № {n}', 'Высший колледж «{p}»'], kk: ['№ {n} колледж', '{p} атындағы колледж'], en: ['College No. {n}'] },
  { id: 'museum', weight: 1, ru: ['Музей {s}', 'Краеведческий музей {s}'], kk: ['{s} өлкетану мұражайы'], en: ['{s} museum'] },
  { id: 'social_service', weight: 1, ru: ['Центр социального обслуживания № {n}'], kk: ['№ {n} әлеуметтік қызмет көрсету орталығы'], en: ['Social service centre No. {n}'] },
  { id: 'theatre', weight: 1, ru: ['Дом культуры {s}', 'Театр «{p}»'], kk: ['{s} мәдениет үйі', '«{p}» театры'], en: ['{s} culture house'] },
];

/** Names of people and things Kazakh facilities and streets are named after. */
const PROPER_NAMES = [
  'Абай', 'Әуезов', 'Сәтбаев', 'Жамбыл', 'Байтұрсынұлы', 'Кенесары', 'Республика', 'Тәуелсіздік', 'Достық', 'Бейбітшілік',
  'Балапан', 'Айгөлек', 'Ақбота', 'Нұршашу', 'Болашақ', 'Шапағат', 'Алтынсарин', 'Мағжан', 'Ақжол', 'Жұлдыз', 'Самал', 'Арман',
  'Керемет', 'Салтанат', 'Береке', 'Сұңқар', 'Тұмар', 'Құлагер', 'Ертіс', 'Есіл', 'Алатау', 'Көктем', 'Шұғыла', 'Медеу',
];

const AUDIT_STATUSES = ['accessible', 'partial', 'conditional', 'inaccessible'];

function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function sqlArray(values: string[]): string {
  return `ARRAY[${values.map(sqlText).join(', ')}]::text[]`;
}

/** Ensures the database exists and holds the real boundaries, settlements, streets and Astana registry. */
async function openBenchDatabase(url: string): Promise<Database> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const server = await openDatabase({ url: admin.toString(), poolSize: 1, migrate: false });
  const [exists] = await server.rows(sql`SELECT 1 FROM pg_database WHERE datname = ${name}`);
  if (!exists) await server.rows(sql.raw(`CREATE DATABASE "${name.replace(/"/g, '')}"`));
  await server.close();
  const database = await openDatabase({ url, poolSize: 2 });
  const [regions] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM regions`);
  if (regions.n === 0) {
    console.log('importing the real boundaries, settlements, streets and Astana facilities');
    await importBoundaries(database, dataFile(demoFiles.regions));
    await importBoundaries(database, dataFile(demoFiles.districts));
    await importSettlements(database, dataFile(demoFiles.settlements));
    await importStreets(database, dataFile(demoFiles.streets));
    await importFacilities(database, dataFile(demoFiles.facilities));
  }
  return database;
}

/** Inserts `count` synthetic facilities (source 'bench'), replacing any from an earlier run. */
export async function generateFacilities(database: Database, count: number): Promise<number> {
  const totalWeight = CATEGORIES.reduce((n, c) => n + c.weight, 0);
  let cumulative = 0;
  const pickCategory = CATEGORIES.map((c) => {
    cumulative += c.weight / totalWeight;
    return `WHEN r_category < ${cumulative.toFixed(6)} THEN ${sqlText(c.id)}`;
  }).join(' ');
  const templates = CATEGORIES.map((c) => `(${sqlText(c.id)}, ${sqlArray(c.ru)}, ${sqlArray(c.kk)}, ${sqlArray(c.en)})`).join(',\n');
  const fill = (template: string) =>
    `replace(replace(replace(${template}, '{n}', num::text), '{p}', (${sqlArray(PROPER_NAMES)})[1 + floor(r_proper * ${PROPER_NAMES.length})::int]), '{s}', settlement_name)`;
  const pick = (list: string) => `${list}[1 + floor(r_template * array_length(${list}, 1))::int]`;
  const status = (group: number) =>
    `CASE WHEN audited THEN (${sqlArray(AUDIT_STATUSES)})[1 + floor(random() * 4)::int] ELSE 'unknown' END /* group ${group} */`;

  return database.db.transaction(async (tx) => {
    const run = (text: string) => tx.execute(sql.raw(text));
    // Bulk load: no triggers (the map version is raised once at the end), big indexes rebuilt after.
    await run(`SET LOCAL session_replication_role = replica`);
    await run(`SET LOCAL maintenance_work_mem = '1GB'`);
    await run(`DELETE FROM facilities WHERE source = 'bench'`);
    for (const index of ['facilities_search_words_idx', 'facilities_geom_idx', 'facilities_category_idx', 'facilities_region_idx']) {
      await run(`DROP INDEX IF EXISTS ${index}`);
    }
    await run(`
      INSERT INTO facilities (source, source_id, category, name, name_kk, name_ru, name_en, region_kato, district_kato, geom,
        current_audit_id, audited_at, registry_code, status_wheelchair, status_mobility, status_vision, status_hearing, status_intellectual)
      WITH places AS (
        SELECT s.id, s.name AS settlement_name, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat, r.kato AS region_kato, d.kato AS district_kato,
          coalesce(s.population, CASE s.place WHEN 'city' THEN 100000 WHEN 'town' THEN 15000 WHEN 'village' THEN 800 WHEN 'hamlet' THEN 150 ELSE 20 END) AS people
        FROM settlements s
        JOIN regions r ON ST_Intersects(r.geom, s.geom)
        LEFT JOIN districts d ON d.region_kato = r.kato AND ST_Intersects(d.geom, s.geom)
      ),
      shares AS (SELECT *, floor(${count}::float8 * people / sum(people::float8) OVER () + random())::int AS n FROM places),
      templates (category, ru, kk, en) AS (VALUES ${templates}),
      drawn AS (
        SELECT p.*, g, random() AS r_category, random() AS r_template, random() AS r_proper, random() AS r_language,
          random() < 0.05 AS audited, 1 + floor(random() * random() * 200)::int AS num,
          -- uniform over a disc whose area grows with the population (Astana: about 12 km across)
          10 * sqrt(p.people) * sqrt(random()) AS distance_m, 2 * pi() * random() AS bearing
        FROM shares p, generate_series(1, p.n) g
      ),
      named AS (
        SELECT d.*, CASE ${pickCategory} ELSE 'other' END AS category FROM drawn d
      )
      SELECT 'bench', n.id || '-' || n.g, n.category,
        CASE WHEN r_language < 0.5 THEN ${fill(pick('t.kk'))} ELSE ${fill(pick('t.ru'))} END,
        ${fill(pick('t.kk'))}, ${fill(pick('t.ru'))},
        CASE WHEN r_language > 0.8 THEN ${fill(pick('t.en'))} END,
        n.region_kato, n.district_kato,
        ST_SetSRID(ST_MakePoint(n.lon + n.distance_m * cos(n.bearing) / (111320 * cos(radians(n.lat))), n.lat + n.distance_m * sin(n.bearing) / 111320), 4326),
        CASE WHEN audited THEN 1 END, CASE WHEN audited THEN now() - random() * interval '1000 days' END,
        CASE WHEN audited THEN (ARRAY['ДП-В', 'ДЧ-И (К,О)', 'ДУ', 'ВНД', 'ДП-И (С,Г)'])[1 + floor(random() * 5)::int] END,
        ${status(1)}, ${status(2)}, ${status(3)}, ${status(4)}, ${status(5)}
      FROM named n JOIN templates t ON t.category = n.category`);
    await run(`CREATE INDEX facilities_geom_idx ON facilities USING gist (geom)`);
    await run(`CREATE INDEX facilities_category_idx ON facilities USING btree (category)`);
    await run(`CREATE INDEX facilities_region_idx ON facilities USING btree (region_kato, district_kato)`);
    await run(`CREATE INDEX facilities_search_words_idx ON facilities USING gin (search_words)`);
    // The vocabulary and tile cell triggers were off during the load.
    await run(`INSERT INTO search_vocabulary (word) SELECT DISTINCT w FROM facilities, unnest(search_words) AS w WHERE w ~ '^[a-z]' ON CONFLICT DO NOTHING`);
    await run(`SELECT kz_rebuild_tile_cells()`);
    await run(`UPDATE facility_map_version SET version = version + 1 WHERE id = 1`);
    const [row] = rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM facilities WHERE source = 'bench'`));
    return row.n;
  });
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, url: { type: 'string', default: BENCH_DATABASE_URL } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number, not ${values.count}`);
  const database = await openBenchDatabase(values.url!);
  const started = Date.now();
  const made = await generateFacilities(database, count);
  console.log(`generated ${made} synthetic facilities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await database.rows(sql`ANALYZE facilities`);
  const [astana] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities WHERE region_kato = '710000000'`);
  console.log(`of which in Astana: ${astana.n}`);
  await database.close();
}

if (process.argv[1]?.endsWith('generate-facilities.ts')) {
  main().catch((err) => {
    console.error((err as { cause?: Error }).cause?.message ?? err);
    process.exit(1);
  });
}
