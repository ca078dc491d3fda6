import type { Database } from '../../../db/client';
import { osmNetwork } from './osm-network';
import { readOsm } from './osm-reader';
import { readOpenSidewalks } from './osw';
import { storeNetwork, type NetworkImportSummary } from './store-network';

/** `npm run import -- osw <folder>`: an OpenSidewalks graph export. */
export async function importOpenSidewalks(database: Database, folder: string): Promise<NetworkImportSummary> {
  return storeNetwork(database, await readOpenSidewalks(folder));
}

/** `npm run import -- osm <file.osm|file.osm.pbf>`: the pedestrian network, facilities and entrances. */
export async function importOsm(database: Database, file: string): Promise<NetworkImportSummary> {
  return storeNetwork(database, await osmNetwork(readOsm(file)));
}

export const networkImporters = { osw: importOpenSidewalks, osm: importOsm };
