import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { categories } from '../../domain/categories';
import { currentChecklist } from '../../domain/checklist';
import { akimat, bank, pharmacy, polyclinic, school } from '../../domain/scoring/test-audits';
import { readEnv } from '../../env';
import { GROUPS } from '../../services/facilities/facility-feature';
import { client, signedInClient, type Client } from '../session/test-session';
import { countsOf, directCounts, directFailingItems, directTrend, ZERO } from './stats-oracle';
import { addFacilitiesBeyondAstana, addInspector, auditFacilities, insertAudits, makeCurrent, seededRandom, syntheticResult } from './stats-test-data';

const ASTANA = '710000000';

/** The body as sent: Response.text() would drop the byte-order mark this test looks for. */
const withBom = async (res: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());

describe.each(databaseKinds)('statistics API on %s', (kind) => {
  let database: Database;
  let official: Client;
  let anonymous: Client;
  let inspectorId: number;
  let borderCovering: string[];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    ({ borderCovering } = await addFacilitiesBeyondAstana(database));
    inspectorId = await addInspector(database);
    await auditFacilities(database, inspectorId, new Date());
    const app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
    official = await signedInClient(app, database, { email: 'akim@example.kz', role: 'official', regions: [] });
    anonymous = client(app);
  });
  afterAll(() => database?.close());

  const get = async (path: string, as = official) => {
    const { status, body } = await as.json(path);
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    return body;
  };

  it('counts the country by region exactly as a direct count, with the outside facilities reported', async () => {
    const body = await get('/api/stats?level=region');
    const direct = await directCounts(database, body.definition.cutoff, sql`f.region_kato`);
    expect(body.rows).toHaveLength(20);
    for (const row of body.rows) expect(countsOf(row), row.kato).toEqual(direct.get(row.kato) ?? ZERO);
    expect(countsOf(body.outsideAnyRegion)).toEqual(direct.get(null));
    expect(body.outsideAnyRegion.total).toBe(2);
    const [{ n }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities`);
    expect(body.total.total).toBe(n);
    expect(body.rows.reduce((s: number, r: any) => s + r.total, 0) + body.outsideAnyRegion.total).toBe(n);
    expect(body.total.fresh).toBeGreaterThan(0);
    expect(body.total.stale).toBeGreaterThan(0);
    expect(body.total.adapted).toBeGreaterThan(0);
  });

  it('adds up: total = adapted + partial + notAdapted + notAudited, and adapted never exceeds a group', async () => {
    const body = await get('/api/stats?level=region');
    for (const row of [...body.rows, body.outsideAnyRegion, body.total]) {
      expect(row.adapted + row.partial + row.notAdapted + row.notAudited).toBe(row.total);
      expect(row.fresh + row.stale).toBe(row.audited);
      for (const g of GROUPS) expect(row.adaptedByGroup[g]).toBeGreaterThanOrEqual(row.adapted);
    }
    const astana = body.rows.find((r: any) => r.kato === ASTANA);
    expect(astana.percent.adapted).toBe(Math.round((astana.adapted * 1000) / astana.total) / 10);
    expect(astana.percent.adaptedOfFresh).toBe(Math.round((astana.adapted * 1000) / astana.fresh) / 10);
    expect(body.rows.find((r: any) => r.total === 0).percent.adapted).toBeNull();
  });

  it('gives a facility on a shared border to the lowest KATO code only, and states the definition', async () => {
    const body = await get('/api/stats?level=region');
    const [border] = await database.rows<{ region_kato: string }>(sql`SELECT region_kato FROM facilities WHERE source_id LIKE 'border-%'`);
    expect(borderCovering.length).toBeGreaterThan(1);
    expect(border.region_kato).toBe(borderCovering[0]);
    const direct = await directCounts(database, body.definition.cutoff, sql`f.region_kato`, sql`f.source_id LIKE 'border-%'`);
    expect([...direct.keys()]).toEqual([borderCovering[0]]);
    expect(body.definition.freshnessDays).toBe(1095);
    expect(body.definition.text.ru).toMatch(/ДП-В/);
    expect(body.definition.text.kk).toMatch(/Бейімделген/);
  });

  it('counts one region by district, with facilities in no district reported', async () => {
    const body = await get(`/api/stats?level=district&region=${ASTANA}`);
    const direct = await directCounts(database, body.definition.cutoff, sql`f.district_kato`, sql`f.region_kato = ${ASTANA}`);
    expect(body.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of body.rows) expect(countsOf(row), row.kato).toEqual(direct.get(row.kato) ?? ZERO);
    expect(countsOf(body.outsideAnyDistrict)).toEqual(direct.get(null) ?? ZERO);
    expect(body.scope.names.region.en).toBe('Astana (city)');
  });

  it('breaks a selection down by sector and filters by sector or category', async () => {
    const body = await get(`/api/stats?level=sector&region=${ASTANA}`);
    const direct = await directCounts(database, body.definition.cutoff, sql`f.category`, sql`f.region_kato = ${ASTANA}`);
    expect(body.rows).toHaveLength(9);
    for (const row of body.rows) {
      const inSector = categories.filter((c) => c.sector === row.sector).map((c) => direct.get(c.id)).filter(Boolean);
      expect(row.total, row.sector).toBe(inSector.reduce((n, c) => n + c!.total, 0));
      expect(row.adapted, row.sector).toBe(inSector.reduce((n, c) => n + c!.adapted, 0));
      expect(row.notAudited, row.sector).toBe(inSector.reduce((n, c) => n + c!.notAudited, 0));
    }
    const education = await get('/api/stats?level=region&sector=education');
    const eduCategories = categories.filter((c) => c.sector === 'education').map((c) => sql`${c.id}`);
    const directEducation = await directCounts(database, body.definition.cutoff, sql`f.region_kato`, sql`f.category IN (${sql.join(eduCategories, sql`, `)})`);
    expect(countsOf(education.rows.find((r: any) => r.kato === ASTANA))).toEqual(directEducation.get(ASTANA));
    const schools = await get('/api/stats?level=sector&category=school,hospital');
    expect(schools.rows.find((r: any) => r.sector === 'culture').total).toBe(0);
    expect(schools.total.total).toBe(schools.rows.find((r: any) => r.sector === 'education').total + schools.rows.find((r: any) => r.sector === 'health').total);
  });

  it('counts an audit made exactly at the cut-off as fresh and one a millisecond earlier as stale', async () => {
    const before = await get(`/api/stats?level=district&region=${ASTANA}`);
    const cutoff = new Date(before.definition.cutoff);
    const [a, b] = await database.rows<{ id: number; district_kato: string }>(sql`
      SELECT id::int AS id, district_kato FROM facilities WHERE region_kato = ${ASTANA} AND current_audit_id IS NULL ORDER BY id LIMIT 2`);
    const random = seededRandom(11);
    const ids = await insertAudits(database, inspectorId, [
      { facilityId: a.id, auditedAt: cutoff, ...syntheticResult(random) },
      { facilityId: b.id, auditedAt: new Date(cutoff.getTime() - 1), ...syntheticResult(random) },
    ]);
    for (const id of ids) await makeCurrent(database, id);
    const after = await get(`/api/stats?level=district&region=${ASTANA}`);
    const fresh = (body: any) => body.rows.reduce((n: number, r: any) => n + r.fresh, 0);
    const audited = (body: any) => body.rows.reduce((n: number, r: any) => n + r.audited, 0);
    expect(fresh(after)).toBe(fresh(before) + 1);
    expect(audited(after)).toBe(audited(before) + 2);
    const direct = await directCounts(database, after.definition.cutoff, sql`f.district_kato`, sql`f.region_kato = ${ASTANA}`);
    for (const row of after.rows) expect(countsOf(row), row.kato).toEqual(direct.get(row.kato) ?? ZERO);
  });

  it('lists the failing items of the latest audits, critical first, as a direct count finds them', async () => {
    const body = await get(`/api/stats/failing-items?region=${ASTANA}&limit=100`);
    const direct = await directFailingItems(database, sql`f.region_kato = ${ASTANA}`);
    expect(body.items.length).toBe(direct.length);
    for (const item of body.items) {
      const d = direct.find((x) => x.item === item.item)!;
      expect({ facilities: item.facilities, critical: item.critical, ...item.groups }, item.item).toEqual({
        facilities: d.facilities, critical: d.critical, ...Object.fromEntries(GROUPS.map((g) => [g, d[g]])),
      });
    }
    expect(body.items.every((i: any) => i.question?.kk && i.question.ru && i.question.en && i.zone)).toBe(true);
    const order = body.items.map((i: any) => [i.critical, i.facilities]);
    expect(order).toEqual([...order].sort((x, y) => y[0] - x[0] || y[1] - x[1]));
    const region = (await get(`/api/stats?level=sector&region=${ASTANA}`)).total;
    expect(body.auditedFacilities).toBe(region.audited);
  });

  it('shows the monthly trend of audits as a direct count over the audit history', async () => {
    const body = await get(`/api/stats/trend?region=${ASTANA}&months=72`);
    const direct = await directTrend(database, sql`f.region_kato = ${ASTANA}`);
    expect(body.months).toHaveLength(72);
    for (const d of direct) {
      const m = body.months.find((x: any) => x.month === d.month);
      if (!m) continue; // older than the window
      expect(m, d.month).toMatchObject({ audits: d.audits, adapted: d.adapted, partial: d.partial, notAdapted: d.not_adapted, firstAudits: d.first_audits });
    }
    const [{ n }] = await database.rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM facilities WHERE region_kato = ${ASTANA} AND id IN (SELECT facility_id FROM audits)`);
    expect(body.months.at(-1).auditedToDate).toBe(n);
  });

  it('drills down to the facilities behind each number', async () => {
    const stats = await get(`/api/stats?level=district&region=${ASTANA}`);
    const district = stats.rows.find((r: any) => r.total > 0);
    for (const [verdict, field] of [['adapted', 'adapted'], ['partial', 'partial'], ['notAdapted', 'notAdapted'], ['notAudited', 'notAudited']]) {
      const list = await get(`/api/stats/facilities?region=${ASTANA}&district=${district.kato}&verdict=${verdict}&limit=5000`);
      expect(list.total, verdict).toBe(district[field]);
      expect(list.facilities.every((f: any) => f.verdict === verdict && f.districtKato === district.kato)).toBe(true);
    }
    const page = await get(`/api/stats/facilities?region=${ASTANA}&district=${district.kato}&limit=3&offset=1`);
    expect(page.facilities).toHaveLength(3);
    expect(page.total).toBe(district.total);
    const outside = await get('/api/stats/facilities?region=none');
    expect(outside.facilities.map((f: any) => f.names.ru).sort()).toEqual(['bishkek clinic 10', 'bishkek school 9']);
  });

  it('keeps the statistics exact through moves, deletions, late and out-of-order audits', async () => {
    const [moved] = await database.rows<{ id: number }>(sql`SELECT id::int AS id FROM facilities WHERE current_audit_id IS NOT NULL AND region_kato = ${ASTANA} ORDER BY id LIMIT 1`);
    await database.rows(sql`UPDATE facilities SET region_kato = '750000000', district_kato = NULL, category = 'museum' WHERE id = ${moved.id}`);
    const [gone] = await database.rows<{ id: number }>(sql`SELECT id::int AS id FROM facilities WHERE current_audit_id IS NULL ORDER BY id DESC LIMIT 1`);
    await database.rows(sql`DELETE FROM facilities WHERE id = ${gone.id}`);
    const [audited] = await database.rows<{ id: number; audited_at: Date }>(sql`
      SELECT id::int AS id, audited_at FROM facilities WHERE current_audit_id IS NOT NULL ORDER BY id DESC LIMIT 1`);
    const random = seededRandom(5);
    // An older audit arriving late changes the trend, not the current verdict.
    await insertAudits(database, inspectorId, [{ facilityId: audited.id, auditedAt: new Date(new Date(audited.audited_at).getTime() - 86_400_000 * 900), ...syntheticResult(random) }]);
    const [newer] = await insertAudits(database, inspectorId, [{ facilityId: audited.id, auditedAt: new Date(), ...syntheticResult(random) }]);
    await makeCurrent(database, newer);

    const snapshot = () => database.rows(sql`
      SELECT 'area' AS t, row_to_json(c)::text AS r FROM stats_area_cells c WHERE facilities <> 0
      UNION ALL SELECT 'region', row_to_json(c)::text FROM stats_region_cells c WHERE facilities <> 0
      UNION ALL SELECT 'failure', row_to_json(c)::text FROM stats_failure_cells c WHERE facilities <> 0
      UNION ALL SELECT 'month', row_to_json(c)::text FROM stats_audit_months c WHERE audits <> 0
      UNION ALL SELECT 'verdict', row_to_json(v)::text FROM stats_facility_verdicts v
      ORDER BY 1, 2`);
    const incremental = await snapshot();
    await database.rows(sql`SELECT stats_rebuild()`);
    expect(await snapshot()).toEqual(incremental);

    const body = await get('/api/stats?level=region');
    const direct = await directCounts(database, body.definition.cutoff, sql`f.region_kato`);
    for (const row of body.rows) expect(countsOf(row), row.kato).toEqual(direct.get(row.kato) ?? ZERO);
  });

  it('counts audits submitted through the audit API and scored by the scoring module', async () => {
    const app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: '.data/test-storage' }) });
    const inspector = await signedInClient(app, database, { email: 'stats-api-inspector@example.kz', role: 'inspector', regions: [ASTANA] });
    const targets = await database.rows<{ id: number; district_kato: string }>(sql`
      SELECT id::int AS id, district_kato FROM facilities WHERE region_kato = ${ASTANA} AND current_audit_id IS NULL ORDER BY id LIMIT 5`);
    const examples = { polyclinic, akimat, pharmacy, school, bank };
    const before = await get(`/api/stats?level=district&region=${ASTANA}`);
    for (const [i, answers] of Object.values(examples).entries()) {
      const { status } = await inspector.json(`/api/facilities/${targets[i].id}/audits`, {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ checklistVersion: currentChecklist.version, answers, auditedAt: new Date().toISOString() }),
      });
      expect(status).toBe(201);
    }
    const after = await get(`/api/stats?level=district&region=${ASTANA}`);
    const sum = (body: any, field: string) => body.rows.reduce((n: number, r: any) => n + r[field], 0) + body.outsideAnyDistrict[field];
    expect(sum(after, 'fresh')).toBe(sum(before, 'fresh') + 5);
    // Example 1 is adapted (ДП-В); example 2 (the akimat) is conditional for wheelchair users: not adapted.
    expect(sum(after, 'adapted')).toBe(sum(before, 'adapted') + 1);
    const direct = await directCounts(database, after.definition.cutoff, sql`f.district_kato`, sql`f.region_kato = ${ASTANA}`);
    for (const row of after.rows) expect(countsOf(row), row.kato).toEqual(direct.get(row.kato) ?? ZERO);
    const verdictOf = async (facility: { id: number; district_kato: string }) => {
      const list = await get(`/api/stats/facilities?region=${ASTANA}&district=${facility.district_kato}&limit=5000`);
      return list.facilities.find((f: any) => f.id === facility.id).verdict;
    };
    expect(await verdictOf(targets[0])).toBe('adapted');
    expect(await verdictOf(targets[1])).toBe('notAdapted');
  });

  it('exports every view as CSV (BOM, the page\'s numbers) and GeoJSON (boundaries, attribution)', async () => {
    const page = await get('/api/stats?level=region');
    const res = await official.request('/api/stats?level=region&format=csv&lang=ru');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await withBom(res);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    const header = lines[0].split(';');
    expect(header.slice(0, 3)).toEqual(['КАТО', 'Наименование', 'Объектов']);
    const totalLine = lines.find((l) => l.startsWith(';Итого;'))!.split(';');
    expect(Number(totalLine[header.indexOf('Объектов')])).toBe(page.total.total);
    expect(Number(totalLine[header.indexOf('Адаптировано')])).toBe(page.total.adapted);
    expect(totalLine[header.indexOf('Адаптировано, % от объектов')]).toBe(String(page.total.percent.adapted).replace('.', ','));
    expect(lines.find((l) => l.startsWith('710000000;'))).toContain('Астана');
    expect(csv).toContain('© OpenStreetMap contributors');
    expect(csv).toContain('geokz');

    const english = await (await official.request('/api/stats?level=region&format=csv&lang=en')).text();
    expect(english.split('\r\n')[0].split(',')[2]).toBe('Facilities');

    const geo = await (await official.request('/api/stats?level=region&format=geojson&lang=kk')).json();
    expect(geo.attribution).toMatch(/OpenStreetMap.*geokz/);
    expect(geo.features).toHaveLength(22);
    const astana = geo.features.find((f: any) => f.properties.kato === ASTANA);
    expect(astana.geometry.type).toMatch(/Polygon/);
    expect(astana.properties.adapted).toBe(page.rows.find((r: any) => r.kato === ASTANA).adapted);
    expect(geo.features.filter((f: any) => f.geometry === null)).toHaveLength(2);

    for (const path of [`/api/stats?level=sector&region=${ASTANA}`, `/api/stats/trend?region=${ASTANA}`, `/api/stats/failing-items?region=${ASTANA}`, `/api/stats/facilities?region=${ASTANA}&district=711110000`]) {
      const join = path.includes('?') ? '&' : '?';
      const text = await withBom(await official.request(`${path}${join}format=csv&lang=kk`));
      expect(text.charCodeAt(0), path).toBe(0xfeff);
      expect(text, path).toContain('© OpenStreetMap contributors');
      const fc = await (await official.request(`${path}${join}format=geojson`)).json();
      expect(fc.type, path).toBe('FeatureCollection');
      expect(fc.features.length, path).toBeGreaterThan(0);
    }
    const points = await (await official.request(`/api/stats/facilities?region=${ASTANA}&district=711110000&format=geojson`)).json();
    expect(points.features[0].geometry.type).toBe('Point');
  });

  it('shows the public summary without sign-in and keeps the rest for officials', async () => {
    expect((await anonymous.json('/api/stats?level=region')).status).toBe(200);
    expect((await anonymous.json(`/api/stats?level=sector&region=${ASTANA}`)).status).toBe(200);
    for (const path of [`/api/stats?level=district&region=${ASTANA}`, `/api/stats?level=sector&region=${ASTANA}&district=711110000`,
      '/api/stats/trend', '/api/stats/failing-items', `/api/stats/facilities?region=${ASTANA}`]) {
      expect((await anonymous.json(path)).status, path).toBe(401);
    }
    const app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
    const inspector = await signedInClient(app, database, { email: 'inspector@example.kz', role: 'inspector', regions: [ASTANA] });
    expect((await inspector.json('/api/stats/failing-items')).status).toBe(403);
  });

  it('names each bad parameter and answers 404 for an unknown area', async () => {
    for (const [query, param] of [
      ['level=district', 'region'],
      ['level=district&region=none', 'region'],
      ['level=region&region=710000000', 'region'],
      ['level=county', 'level'],
      ['level=sector&region=71', 'region'],
      ['level=sector&category=casino', 'category'],
      ['level=sector&sector=mining', 'sector'],
      ['level=region&format=pdf', 'format'],
      ['level=region&lang=de', 'lang'],
      ['level=sector&district=711110000', 'region'],
    ]) {
      const { status, body } = await official.json(`/api/stats?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.problems.map((p: any) => p.path), query).toContain(param);
    }
    expect((await official.json('/api/stats/trend?months=0')).status).toBe(400);
    expect((await official.json('/api/stats/facilities')).status).toBe(400);
    expect((await official.json('/api/stats/facilities?region=710000000&verdict=good')).status).toBe(400);
    const unknown = await official.json('/api/stats?level=district&region=990000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/990000000/);
    const [elsewhere] = await database.rows<{ kato: string }>(sql`SELECT kato FROM districts WHERE region_kato <> ${ASTANA} LIMIT 1`);
    expect((await official.json(`/api/stats?level=sector&region=${ASTANA}&district=${elsewhere.kato}`)).status).toBe(400);
  });
});
