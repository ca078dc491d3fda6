import { openDatabase } from '../../db/client';
import { readEnv } from '../env';
import { ImportError } from '../import/import-error';
import { importers } from '../import';

/** `npm run import -- <kind> <path>`: imports one file into the configured database. */
async function main(argv: string[]) {
  const [kind, path] = argv;
  if (!kind || !path || !importers[kind]) {
    console.error(`Usage: npm run import -- <kind> <path>\nKinds: ${Object.keys(importers).join(', ')}`);
    return 2;
  }
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.KEDERGISIZ_DB_DIR });
  try {
    const summary = await importers[kind](database, path);
    console.log(JSON.stringify(summary, null, 2));
    return 0;
  } catch (err) {
    if (err instanceof ImportError) {
      console.error(`Import failed, nothing was imported: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
