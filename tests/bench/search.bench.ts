/**
 * Search latency through the HTTP server over the benchmark database of generate-facilities.ts
 * (1,000,000 synthetic facilities plus the real Astana registry, settlements and streets).
 *
 *   npx tsx tests/bench/search.bench.ts [--url postgres://postgres@127.0.0.1:5432/kz_bench_tiles] [--rounds 20]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_DATABASE_URL } from './generate-facilities';
import { ms, percentile, startBenchServer, timedFetch } from './bench-http';

const ASTANA = '71.4304,51.1283';
const ALMATY = '76.9458,43.2383';

/** What residents type: category words in three languages, misspelt names, proper names, streets, places. */
const QUERIES: { label: string; query: string }[] = [
  { label: 'мектеп, near Astana', query: `q=мектеп&near=${ASTANA}` },
  { label: 'школа, near Astana', query: `q=школа&near=${ASTANA}` },
  { label: 'school, anywhere', query: 'q=school' },
  { label: 'Шкла №29 (typo), near Astana', query: `q=${encodeURIComponent('Шкла №29')}&near=${ASTANA}` },
  { label: 'shkola 29, anywhere', query: 'q=shkola%2029' },
  { label: 'поликлиника 7, near Almaty', query: `q=${encodeURIComponent('поликлиника 7')}&near=${ALMATY}` },
  { label: 'аптека, near Almaty', query: `q=аптека&near=${ALMATY}` },
  { label: 'Назарбаев, near Astana', query: `q=Назарбаев&near=${ASTANA}` },
  { label: 'Nazarbayev Intellectual (Latin)', query: 'q=Nazarbayev%20Intellectual' },
  { label: 'Кенесары (street; in 1 of 34 bench names)', query: `q=Кенесары&near=${ASTANA}` },
  { label: 'Байтурсынулы (no Kazakh letters)', query: `q=Байтурсынулы&near=${ASTANA}` },
  { label: 'Ақбота балабақшасы', query: `q=${encodeURIComponent('Ақбота балабақшасы')}&near=${ASTANA}` },
  { label: 'Балапан (popular name)', query: 'q=Балапан' },
  { label: 'kaspi bank 100', query: `q=kaspi%20bank%20100&near=${ALMATY}` },
  { label: 'Караганда (settlement)', query: 'q=Караганда' },
  { label: 'Petropavl (settlement, Latin)', query: 'q=Petropavl' },
  { label: 'schools accessible by wheelchair', query: `category=school&status=accessible&group=wheelchair&near=${ASTANA}` },
  { label: 'pharmacies near me (list view)', query: `category=pharmacy&near=${ASTANA}&limit=50` },
];

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string', default: BENCH_DATABASE_URL }, rounds: { type: 'string', default: '20' } } });
  const rounds = Number(values.rounds);
  const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const server = await startBenchServer(values.url!);
  try {
    // Warm-up, not measured: each pooled connection plans the queries once and loads its catalog caches.
    for (let round = 0; round < 4; round++) {
      for (const { label, query } of QUERIES) {
        const r = await timedFetch(`${server.base}/api/search?${query}`);
        if (r.status !== 200) throw new Error(`${label}: HTTP ${r.status}`);
      }
    }
    const all: number[] = [];
    const rows: string[] = [];
    for (const { label, query } of QUERIES) {
      const url = `${server.base}/api/search?${query}`;
      const body = await (await fetch(url)).json();
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) times.push((await timedFetch(url)).ms);
      all.push(...times);
      rows.push(`| ${label} | ${body.facilities.length} + ${body.places.length} | ${ms(Math.min(...times))} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`);
    }
    console.log(`load average before: ${loadBefore}, after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`| query | facilities + places | min | p50 | p95 |\n|---|---|---|---|---|\n${rows.join('\n')}`);
    console.log(`\nall ${all.length} searches: min ${ms(Math.min(...all))}, p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, p99 ${ms(percentile(all, 99))}, max ${ms(Math.max(...all))}`);
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
