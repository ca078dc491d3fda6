/**
 * Re-scoring benchmark (issue 3): score 100,000 stored audits after a checklist change, on one core.
 * Target: under 5 s. Run: `npx tsx tests/bench/rescore.bench.ts [count]`. Not part of `npm test`.
 *
 * The audits are the five worked examples of the domain reference, each varied deterministically
 * (seeded): up to 12 answers replaced by other realistic values around the thresholds, up to 6 left
 * unanswered, and one audit in ten with a second entrance: 10,000 distinct JSON rows, read in pages of
 * 1,000 (as a job would read them from the database) until 100,000 are scored. Only the scoring is
 * timed; parsing the rows is timed separately as a yardstick, because on a shared machine the seconds
 * move with the load while the ratio of the two barely does.
 */
import os from 'node:os';
import { currentChecklist, scoreAudit, type AnswerValue, type AuditAnswers } from '../../server/domain/scoring';
import { answerCandidates } from '../../server/domain/scoring/sample-answers';
import { akimat, bank, pharmacy, polyclinic, school } from '../../server/domain/scoring/test-audits';

const COUNT = Number(process.argv[2] ?? 100_000);
/** Distinct stored audits; the 100,000 cycle through them. */
const DISTINCT = 10_000;
const PAGE = 1_000;
const TARGET_MS = 5_000;
const checklist = currentChecklist;
const bases = [polyclinic, akimat, pharmacy, school, bank];
const items = checklist.items;
const candidates = items.map((item) => answerCandidates(checklist, item));
const entranceItems = items.filter((i) => i.instance === 'entrance');

/** mulberry32: a small seeded generator, so every run scores the same audits. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function storedAudit(next: () => number): AuditAnswers {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const answers: AuditAnswers = { ...pick(bases) };
  for (let n = Math.floor(next() * 13); n > 0; n--) {
    const i = Math.floor(next() * items.length);
    answers[items[i].id] = pick(candidates[i]) as AnswerValue;
  }
  for (let n = Math.floor(next() * 7); n > 0; n--) delete answers[pick(items).id];
  if (next() < 0.1) for (const item of entranceItems) answers[`${item.id}@side`] = pick(answerCandidates(checklist, item));
  return answers;
}

/** CPU milliseconds (this process, user + system) spent in `work`. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function main() {
  const next = random(20260115);
  const rows = Array.from({ length: DISTINCT }, () => JSON.stringify(storedAudit(next)));
  // Warm-up: the first calls compile the code and index the checklist.
  for (let i = 0; i < 2000; i++) scoreAudit(checklist, JSON.parse(rows[i]) as AuditAnswers);

  const scoringPages: number[] = [];
  const parsingPages: number[] = [];
  const statuses = new Map<string, number>();
  const wallStart = performance.now();
  let wallScoring = 0;
  for (let done = 0; done < COUNT; done += PAGE) {
    const size = Math.min(PAGE, COUNT - done);
    let page: AuditAnswers[] = [];
    parsingPages.push(cpuMs(() => (page = Array.from({ length: size }, (_, i) => JSON.parse(rows[(done + i) % DISTINCT]) as AuditAnswers))));
    const start = performance.now();
    scoringPages.push(
      cpuMs(() => {
        for (const answers of page) {
          const status = scoreAudit(checklist, answers).groups.wheelchair.status;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    wallScoring += performance.now() - start;
  }
  const total = scoringPages.reduce((a, b) => a + b, 0);
  const parsing = parsingPages.reduce((a, b) => a + b, 0);
  const pages = scoringPages.length;
  console.log(`re-scored ${COUNT.toLocaleString('en')} audits (checklist ${checklist.version}), Node ${process.versions.node}, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(`  scoring CPU time:   ${seconds(total)} (${((total * 1000) / COUNT).toFixed(1)} µs per audit); wall ${seconds(wallScoring)}`);
  console.log(`  median page × ${pages}: ${seconds(median(scoringPages) * pages)}; fastest page × ${pages}: ${seconds(Math.min(...scoringPages) * pages)}`);
  console.log(`  parsing the same rows: ${seconds(parsing)} CPU; scoring / parsing = ${(total / parsing).toFixed(2)}`);
  console.log(`  whole run ${seconds(performance.now() - wallStart)} wall; wheelchair: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  if (COUNT === 100_000) console.log(total < TARGET_MS ? `  under the ${seconds(TARGET_MS)} target` : `  OVER the ${seconds(TARGET_MS)} target`);
}

main();
