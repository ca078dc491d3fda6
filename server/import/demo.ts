import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { importBoundaries } from './boundaries';
import { importFacilities } from './facilities';
import { importSettlements } from './settlements';
import { importStreets } from './streets';

/** The demo set, as paths inside the public data folder (../shared/data by default). */
export const demoFiles = {
  regions: 'kz-boundaries-geokz-2024/kaz_admbnda_adm1_2024.geojson',
  districts: 'kz-boundaries-geokz-2024/kaz_admbnda_adm2_2024.geojson',
  settlements: 'kz-osm-places-districts/hotosm_kaz_populated_places_points_geojson.geojson',
  streets: 'astana-districts-streets-osm/astana_streets.json',
  facilities: 'astana-osm-facility-pois/pois_astana_osm.geojson',
};

export type DemoState = 'imported' | 'present' | 'no-data-folder';

/**
 * Imports the demo set on first start, when the registry is empty. Every import is an upsert by
 * source id, so two API processes starting together on one PostgreSQL at worst both write the
 * same rows; neither duplicates them.
 */
export async function importDemoIfEmpty(database: Database, dataDir: string, log = console.log): Promise<DemoState> {
  if (await hasRegions(database)) return 'present';
  const missing = Object.values(demoFiles).filter((f) => !existsSync(join(dataDir, f)));
  if (missing.length > 0) {
    log(`No demo data: ${join(dataDir, missing[0])} not found. Import your own with "npm run import -- <kind> <path>".`);
    return 'no-data-folder';
  }
  const started = Date.now();
  const step = async (name: string, run: () => Promise<object>) => log(`demo import: ${name} ${JSON.stringify(summarise(await run()))}`);
  await step('regions', () => importBoundaries(database, join(dataDir, demoFiles.regions)));
  await step('districts', () => importBoundaries(database, join(dataDir, demoFiles.districts)));
  await step('settlements', () => importSettlements(database, join(dataDir, demoFiles.settlements)));
  await step('streets', () => importStreets(database, join(dataDir, demoFiles.streets)));
  await step('facilities', () => importFacilities(database, join(dataDir, demoFiles.facilities)));
  log(`demo import finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'imported';
}

async function hasRegions(database: Database): Promise<boolean> {
  const [row] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM regions`);
  return row.n > 0;
}

function summarise(summary: object): object {
  const s = summary as Record<string, unknown>;
  return Array.isArray(s.outsideAnyRegion) ? { ...s, outsideAnyRegion: s.outsideAnyRegion.length } : s;
}
