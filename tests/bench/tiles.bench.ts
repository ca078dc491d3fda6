/**
 * Facility tile latency through the HTTP server over the benchmark database of
 * generate-facilities.ts: every tile over Astana at zooms 10 to 13 and a sample at 14 to 16,
 * first from a server without a tile cache (each request renders the tile in PostGIS), then from
 * a server with its cache warmed (200 from memory), then revalidated by ETag (304).
 *
 * Cached and 304 requests are repeated 5 times per tile.
 *
 *   node --expose-gc --import tsx tests/bench/tiles.bench.ts [--url postgres://postgres@127.0.0.1:5432/kz_bench_tiles] [--sample 150]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_DATABASE_URL } from './generate-facilities';
import { ms, percentile, startBenchServer, timedFetch } from './bench-http';

/** Cached tiles and revalidations are timed this many times each (the uncached pass once: it renders every time). */
const CACHED_ROUNDS = 5;

/** The built-up part of Astana (its administrative box, 71.22–71.79 E, 50.86–51.35 N, is mostly steppe). */
const ASTANA = { minLon: 71.3, minLat: 51.05, maxLon: 71.56, maxLat: 51.22 };

function tileX(lon: number, z: number) {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}
function tileY(lat: number, z: number) {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
}

/** The tiles covering Astana at zoom z; above `sample` tiles, an evenly spread sample of them. */
function astanaTiles(z: number, sample: number): string[] {
  const tiles: string[] = [];
  for (let x = tileX(ASTANA.minLon, z); x <= tileX(ASTANA.maxLon, z); x++) {
    for (let y = tileY(ASTANA.maxLat, z); y <= tileY(ASTANA.minLat, z); y++) tiles.push(`${z}/${x}/${y}`);
  }
  if (tiles.length <= sample) return tiles;
  const step = tiles.length / sample;
  return Array.from({ length: sample }, (_, i) => tiles[Math.floor(i * step)]);
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string', default: BENCH_DATABASE_URL }, sample: { type: 'string', default: '150' } } });
  const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const zooms = [10, 11, 12, 13, 14, 15, 16];
  const tiles = new Map(zooms.map((z) => [z, astanaTiles(z, Number(values.sample))]));
  const gzip = { 'Accept-Encoding': 'gzip' };
  const rows: string[] = [];
  const uncachedAll: number[] = [];
  const cachedAll: number[] = [];
  const notModifiedAll: number[] = [];

  const uncached = await startBenchServer(values.url!, { KEDERGISIZ_TILE_CACHE_MB: '0' });
  const cached = await startBenchServer(values.url!);
  try {
    // Warm-up (connections, JIT of both paths) on one tile, not measured.
    const warmUp = `/api/tiles/facilities/${tiles.get(14)![0]}.mvt`;
    for (let i = 0; i < 50; i++) {
      await timedFetch(`${uncached.base}${warmUp}`, { headers: gzip });
      await timedFetch(`${cached.base}${warmUp}`, { headers: gzip });
    }
    // Phases apart, so the garbage of rendering does not land in the timings of cached answers.
    const results = new Map(zooms.map((z) => [z, { cold: [] as number[], warm: [] as number[], revalidated: [] as number[], sizes: [] as number[] }]));
    for (const z of zooms) {
      for (const tile of tiles.get(z)!) {
        const r = await timedFetch(`${uncached.base}/api/tiles/facilities/${tile}.mvt`, { headers: gzip });
        if (r.status !== 200) throw new Error(`${tile}: HTTP ${r.status}`);
        results.get(z)!.cold.push(r.ms);
        results.get(z)!.sizes.push(r.bytes);
      }
    }
    const etags = new Map<string, string>();
    for (const tile of [...tiles.values()].flat()) {
      etags.set(tile, (await timedFetch(`${cached.base}/api/tiles/facilities/${tile}.mvt`, { headers: gzip })).headers.get('etag')!);
    }
    (globalThis as { gc?: () => void }).gc?.();
    for (let round = 0; round < CACHED_ROUNDS; round++) {
      for (const z of zooms) {
        for (const tile of tiles.get(z)!) {
          results.get(z)!.warm.push((await timedFetch(`${cached.base}/api/tiles/facilities/${tile}.mvt`, { headers: gzip })).ms);
          const r = await timedFetch(`${cached.base}/api/tiles/facilities/${tile}.mvt`, { headers: { ...gzip, 'If-None-Match': etags.get(tile)! } });
          if (r.status !== 304) throw new Error(`${tile}: expected 304, got ${r.status}`);
          results.get(z)!.revalidated.push(r.ms);
        }
      }
    }
    for (const z of zooms) {
      const { cold, warm, revalidated, sizes } = results.get(z)!;
      uncachedAll.push(...cold);
      cachedAll.push(...warm);
      notModifiedAll.push(...revalidated);
      rows.push(
        `| ${z} | ${tiles.get(z)!.length} | ${(percentile(sizes, 50) / 1024).toFixed(1)} / ${(Math.max(...sizes) / 1024).toFixed(1)} KB | ${ms(percentile(cold, 50))} | ${ms(percentile(cold, 95))} | ${ms(percentile(warm, 50))} | ${ms(percentile(warm, 95))} | ${ms(percentile(revalidated, 95))} |`,
      );
    }
  } finally {
    await uncached.close();
    await cached.close();
  }
  console.log(`load average before: ${loadBefore}, after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('| zoom | tiles | gzipped size p50 / max | uncached p50 | uncached p95 | cached p50 | cached p95 | 304 p95 |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(`\nall zooms: uncached p95 ${ms(percentile(uncachedAll, 95))}, cached p95 ${ms(percentile(cachedAll, 95))}, 304 p95 ${ms(percentile(notModifiedAll, 95))}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
