/**
 * Crash test for issue 4: nothing an inspector submitted is lost.
 *
 * Starts the real server on its own PostgreSQL database, submits audits from several concurrent
 * "tablets", kills the server with SIGKILL mid-run (several times), restarts it, and checks that
 * every audit answered 201 is stored with the id it was given. Submissions whose answer was lost
 * in the crash are retried with the same Idempotency-Key, as the tablet's outbox does, and must
 * end up stored exactly once. Finally the facilities' current verdicts must point at their newest audit.
 *
 *   npx tsx tests/crash/audit-crash.ts [--rounds 3] [--tablets 8] [--keep]
 *
 * Needs PostgreSQL with PostGIS at CRASH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 * and the public data folder (../shared/data) for the Astana registry.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client';
import { currentChecklist } from '../../server/domain/checklist';
import { createUser } from '../../server/services/users/create-user';
import { loadRegistry } from '../support/demo-data';

const { values: args } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, tablets: { type: 'string', default: '8' }, keep: { type: 'boolean', default: false } },
});
const ROUNDS = Number(args.rounds);
const TABLETS = Number(args.tablets);
const ADMIN_URL = process.env.CRASH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'kz_crash_audits';
const EMAIL = 'crash.inspector@example.kz';
const PASSWORD = 'crash-test-password';

interface Submission {
  key: string;
  facilityId: number;
  body: object;
  /** The audit id of the 201 answer; undefined while no answer arrived. */
  id?: number;
}

const databaseUrl = () => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
};

async function prepareDatabase(): Promise<number[]> {
  const admin = await openDatabase({ url: ADMIN_URL, poolSize: 1, migrate: false });
  await admin.rows(sql.raw(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
  await admin.rows(sql.raw(`CREATE DATABASE ${DB_NAME}`));
  await admin.close();
  const database = await openDatabase({ url: databaseUrl(), poolSize: 2 });
  await loadRegistry(database);
  await createUser(database, { email: EMAIL, password: PASSWORD, role: 'inspector', regions: ['710000000'] });
  const rows = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE region_kato = '710000000' ORDER BY id`);
  await database.close();
  return rows.map((r) => Number(r.id));
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `tsx server/index.ts` in its own process group (tsx runs node as a child) and waits for /health. */
async function startServer(port: number, storage: string): Promise<{ child: ChildProcess; startMs: number }> {
  const started = Date.now();
  const child = spawn('node', ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl(), PORT: String(port), HOST: '127.0.0.1', KEDERGISIZ_DATA_DIR: 'none', KEDERGISIZ_STORAGE_DIR: storage, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return { child, startMs: Date.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGKILL');
  });
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** Sends one submission and records the id of its 201; returns whether the server had already stored it. */
async function send(base: string, cookie: string, s: Submission): Promise<boolean> {
  const res = await fetch(`${base}/api/facilities/${s.facilityId}/audits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'idempotency-key': s.key },
    body: JSON.stringify(s.body),
  });
  const reply = (await res.json()) as { id?: number; error?: { message: string } };
  if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${reply.error?.message}`);
  if (s.id !== undefined && s.id !== reply.id) throw new Error(`key ${s.key} was answered ${s.id} before and ${reply.id} now`);
  s.id = reply.id;
  return res.headers.get('idempotent-replayed') === 'true';
}

const STEPFREE = ['ramp', 'none', 'lift', 'not_needed', 'portable_ramp'];

function newSubmission(facilities: number[], n: number): Submission {
  const facilityId = facilities[Math.floor(Math.random() * facilities.length)];
  const answers = {
    'entrance.level_change': 0.3,
    'entrance.stepfree_means': STEPFREE[n % STEPFREE.length],
    'entrance.door_width': Math.round((0.7 + Math.random() * 0.4) * 100) / 100,
    'service.remote': 'no',
  };
  const auditedAt = new Date(Date.now() - Math.floor(Math.random() * 86_400_000)).toISOString();
  return { key: crypto.randomUUID(), facilityId, body: { checklistVersion: currentChecklist.version, answers, auditedAt } };
}

async function main() {
  const t0 = Date.now();
  console.log(`preparing ${DB_NAME} (registry of Astana, one inspector)…`);
  const facilities = await prepareDatabase();
  const storage = mkdtempSync(join(tmpdir(), 'kz-crash-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const all: Submission[] = [];
  const figures = { rounds: [] as { acknowledged: number; inFlight: number; inFlightAlreadyStored: number; runMs: number; restartMs: number }[], unexpected: 0 };

  let { child, startMs } = await startServer(port, storage);
  console.log(`server up in ${startMs} ms on ${base}`);
  for (let round = 1; round <= ROUNDS; round++) {
    const cookie = await signIn(base);
    let stop = false;
    let acknowledged = 0;
    const inFlight = new Set<Submission>();
    const tablet = async () => {
      while (!stop) {
        const s = newSubmission(facilities, all.length);
        all.push(s);
        inFlight.add(s);
        try {
          await send(base, cookie, s);
          acknowledged++;
        } catch (err) {
          if (!stop) {
            figures.unexpected++;
            console.error(`round ${round}: ${(err as Error).message}`);
          }
          return;
        } finally {
          if (s.id !== undefined) inFlight.delete(s);
        }
      }
    };
    const runFor = 2000 + Math.floor(Math.random() * 3000);
    const runStarted = Date.now();
    const tablets = Array.from({ length: TABLETS }, tablet);
    await new Promise((r) => setTimeout(r, runFor));
    stop = true;
    await kill(child);
    await Promise.allSettled(tablets);
    const runMs = Date.now() - runStarted;
    const restarted = await startServer(port, storage);
    child = restarted.child;

    // The answers lost in the crash: the tablets retry them with the same key.
    const retryCookie = await signIn(base);
    let alreadyStored = 0;
    for (const s of inFlight) if (await send(base, retryCookie, s)) alreadyStored++;
    figures.rounds.push({ acknowledged, inFlight: inFlight.size, inFlightAlreadyStored: alreadyStored, runMs, restartMs: restarted.startMs });
    console.log(
      `round ${round}: ${acknowledged} audits answered 201 in ${runMs} ms, SIGKILL with ${inFlight.size} in flight ` +
        `(${alreadyStored} of them had been committed), restarted in ${restarted.startMs} ms`,
    );
  }
  await kill(child);

  const database: Database = await openDatabase({ url: databaseUrl(), poolSize: 2, migrate: false });
  const stored = new Map(
    (await database.rows<{ idempotency_key: string; id: number }>(sql`SELECT idempotency_key, id FROM audits`)).map((r) => [r.idempotency_key, Number(r.id)]),
  );
  const missing = all.filter((s) => s.id !== undefined && stored.get(s.key) !== s.id);
  const unanswered = all.filter((s) => s.id === undefined);
  const [{ rows, keys }] = await database.rows<{ rows: number; keys: number }>(
    sql`SELECT count(*)::int AS rows, count(DISTINCT idempotency_key)::int AS keys FROM audits`,
  );
  const [{ wrong_current }] = await database.rows<{ wrong_current: number }>(sql`
    SELECT count(*)::int AS wrong_current FROM facilities f
    WHERE f.current_audit_id IS DISTINCT FROM (
      SELECT a.id FROM audits a WHERE a.facility_id = f.id ORDER BY a.audited_at DESC, a.id DESC LIMIT 1)`);
  await database.close();
  if (!args.keep) {
    const admin = await openDatabase({ url: ADMIN_URL, poolSize: 1, migrate: false });
    await admin.rows(sql.raw(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
    await admin.close();
  }
  rmSync(storage, { recursive: true, force: true });

  const acknowledged = all.filter((s) => s.id !== undefined).length;
  const summary = {
    rounds: ROUNDS,
    tablets: TABLETS,
    submissionsStarted: all.length,
    answered201: acknowledged,
    storedRows: rows,
    answered201ButMissing: missing.length,
    neverAnswered: unanswered.length,
    duplicates: rows - keys,
    facilitiesWithWrongCurrentVerdict: Number(wrong_current),
    unexpectedErrors: figures.unexpected,
    perRound: figures.rounds,
    totalSeconds: Math.round((Date.now() - t0) / 100) / 10,
  };
  console.log(JSON.stringify(summary, null, 2));
  const ok = missing.length === 0 && unanswered.length === 0 && rows === acknowledged && rows === keys && Number(wrong_current) === 0 && figures.unexpected === 0;
  console.log(ok ? 'PASS: every audit answered 201 survived SIGKILL; retried ones were stored once.' : 'FAIL');
  process.exitCode = ok ? 0 : 1;
}

await main();
