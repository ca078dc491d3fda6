import { join } from 'node:path';
import type { Database } from '../../db/client';
import { importBoundaries } from '../../server/import/boundaries';
import { demoFiles } from '../../server/import/demo';
import { importFacilities } from '../../server/import/facilities';

/** The public data folder beside the checkout (../shared/data unless KEDERGISIZ_DATA_DIR says otherwise). */
export const dataDir = process.env.KEDERGISIZ_DATA_DIR ?? join(process.cwd(), '..', 'shared', 'data');

export const dataFile = (path: string) => join(dataDir, path);

/** Regions, districts and the Astana facilities: the real registry most tests stand on. */
export async function loadRegistry(database: Database): Promise<void> {
  await importBoundaries(database, dataFile(demoFiles.regions));
  await importBoundaries(database, dataFile(demoFiles.districts));
  await importFacilities(database, dataFile(demoFiles.facilities));
}
