import type { Database } from '../../db/client';
import { importBoundaries } from './boundaries';
import { importFacilities } from './facilities';
import { networkImporters } from './network';
import { importSettlements } from './settlements';
import { importStreets } from './streets';

/** An importer takes an open database and a path and returns a summary to print. */
export type Importer = (database: Database, path: string) => Promise<object>;

/** The kinds `npm run import -- <kind> <path>` knows. */
export const importers: Record<string, Importer> = {
  boundaries: importBoundaries,
  facilities: importFacilities,
  settlements: importSettlements,
  streets: importStreets,
  ...networkImporters,
};
