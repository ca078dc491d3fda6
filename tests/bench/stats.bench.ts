/**
 * Statistics benchmark (issue 7): the dashboard's requests against 1,000,000 facilities and
 * 1,000,000 audits on PostgreSQL, through the real app; and what the statistics triggers add to an
 * audit submission. Generates the data first if the database does not hold it (tests/bench/stats-data.ts).
 *
 *   npx tsx tests/bench/stats.bench.ts [facilities]        (PostgreSQL at BENCH_DATABASE_URL)
 */
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client';
import { createApp } from '../../server/app';
import { readEnv } from '../../server/env';
import { signedInClient } from '../../server/routes/session/test-session';
import { ensureStatsBenchData } from './stats-data';

const facilities = Number(process.argv[2] ?? 1_000_000);
const database = await ensureStatsBenchData(facilities, facilities);
const app = createApp({ database, env: readEnv({ NODE_ENV: 'production' }) });
await database.rows(sql`DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE email = 'bench-official@example.kz')`);
await database.rows(sql`DELETE FROM users WHERE email = 'bench-official@example.kz'`);
const official = await signedInClient(app, database, { email: 'bench-official@example.kz', role: 'official', regions: [] });

const [largest] = await database.rows<{ region_kato: string; district_kato: string }>(sql`
  SELECT region_kato, district_kato FROM facilities WHERE district_kato IS NOT NULL
  GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function measure(name: string, runs: number, request: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await request();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await request();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = (v: number) => v.toFixed(1).padStart(7);
  console.log(`| ${name.padEnd(58)} | ${String(runs).padStart(4)} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(times[times.length - 1])} |`);
}

const get = (path: string) => async () => {
  const res = await official.request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
};

const [{ audits }] = await database.rows<{ audits: number }>(sql`SELECT count(*)::int AS audits FROM audits`);
const [{ cells }] = await database.rows<{ cells: number }>(sql`SELECT count(*)::int AS cells FROM stats_area_cells`);
console.log(`${facilities} facilities, ${audits} audits, ${cells} area cells; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('| request | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|');
await measure('GET /api/stats?level=region (country view)', 100, get('/api/stats?level=region'));
await measure('GET /api/stats?level=region&sector=education', 50, get('/api/stats?level=region&sector=education'));
await measure('GET /api/stats?level=region&category=school', 50, get('/api/stats?level=region&category=school'));
await measure(`GET /api/stats?level=district&region=${largest.region_kato}`, 50, get(`/api/stats?level=district&region=${largest.region_kato}`));
await measure('GET /api/stats?level=sector (country)', 50, get('/api/stats?level=sector'));
await measure('GET /api/stats/trend (country, 36 months)', 30, get('/api/stats/trend'));
await measure('GET /api/stats/failing-items (country, top 20)', 30, get('/api/stats/failing-items'));
await measure(`GET /api/stats/facilities (largest district, 200)`, 30, get(`/api/stats/facilities?region=${largest.region_kato}&district=${largest.district_kato}`));
await measure('GET /api/stats?level=region&format=csv', 20, get('/api/stats?level=region&format=csv'));
await measure('GET /api/stats?level=region&format=geojson', 10, get('/api/stats?level=region&format=geojson'));

// For comparison: the country view counted straight from facilities and audits, without the cells.
await measure('direct SQL count over facilities + audits (no cells)', 5, () => database.rows(sql`
  SELECT f.region_kato, count(*), count(f.current_audit_id),
    count(*) FILTER (WHERE f.audited_at >= now() - interval '1095 days' AND f.adapted),
    count(*) FILTER (WHERE f.audited_at >= now() - interval '1095 days'
      AND coalesce(a.result -> 'groups' -> 'wheelchair' ->> 'facilityOnlyStatus', f.status_wheelchair) = 'accessible')
  FROM facilities f LEFT JOIN audits a ON a.id = f.current_audit_id GROUP BY 1`));

// What the triggers add to a submission: the audit insert and the facility update, in one transaction.
const [{ id: inspector }] = await database.rows<{ id: number }>(sql`SELECT id::int AS id FROM users WHERE email = 'bench@example.kz'`);
const targets = await database.rows<{ id: number }>(sql`
  SELECT id::int AS id FROM facilities WHERE district_kato = ${largest.district_kato} ORDER BY id LIMIT 150`);
let next = 0;
const submit = async () => {
  const n = next++;
  const facility = targets[n % targets.length].id;
  await database.db.transaction(async (tx) => {
    const result = { adapted: false, groups: { wheelchair: { facilityOnlyStatus: 'partial', failures: [{ item: 'entrance.door_width', severity: 'minor' }] } } };
    const [row] = rowsOf<{ id: number }>(await tx.execute(sql`
      INSERT INTO audits (facility_id, inspector_id, idempotency_key, checklist_version, answers, result, completeness, adapted,
        status_wheelchair, status_mobility, status_vision, status_hearing, status_intellectual, audited_at)
      VALUES (${facility}, ${inspector}, ${`bench-submit-${process.pid}-${n}-${Date.now()}`}, 'bench', '{}', ${JSON.stringify(result)}::jsonb, 1, false,
        'partial', 'accessible', 'accessible', 'accessible', 'accessible', now())
      RETURNING id::int AS id`));
    await tx.execute(sql`UPDATE facilities SET current_audit_id = ${row.id}, audited_at = now(), adapted = false,
      status_wheelchair = 'partial', status_mobility = 'accessible', status_vision = 'accessible', status_hearing = 'accessible',
      status_intellectual = 'accessible' WHERE id = ${facility}`);
  });
};
await measure('audit submission: insert + facility update, with triggers', 50, submit);
await database.rows(sql`ALTER TABLE audits DISABLE TRIGGER stats_audits_inserted`);
await database.rows(sql`ALTER TABLE facilities DISABLE TRIGGER stats_facilities_updated`);
await measure('audit submission: the same, statistics triggers off', 50, submit);
await database.rows(sql`ALTER TABLE audits ENABLE TRIGGER stats_audits_inserted`);
await database.rows(sql`ALTER TABLE facilities ENABLE TRIGGER stats_facilities_updated`);
// The submissions with triggers off left the statistics behind: bring them back before the concurrency run.
const rebuildStarted = performance.now();
await database.rows(sql`SELECT stats_rebuild()`);
console.log(`stats_rebuild(): ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);

// 50 concurrent submissions to facilities of one district and category share cells: none may fail.
const started = performance.now();
const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => submit()));
const failed = outcomes.filter((o) => o.status === 'rejected');
console.log(`50 concurrent submissions in one district: ${failed.length} failed, ${(performance.now() - started).toFixed(0)} ms in all`);
for (const f of failed.slice(0, 3)) console.log(`  ${(f as PromiseRejectedResult).reason?.cause ?? (f as PromiseRejectedResult).reason}`);
await database.close();
