import { parseArgs } from 'node:util';
import { openDatabase } from '../../db/client';
import { readEnv } from '../env';
import { AppError } from '../errors';
import { ROLES, type Role } from '../services/users/account';
import { createUser } from '../services/users/create-user';

const USAGE = `Usage: npm run user:add -- --role <${ROLES.join('|')}> --email <email> --password <password> [--regions 710000000,110000000] [--name "Display name"]
Regions are KATO codes; an inspector needs at least one.`;

/** `npm run user:add`: creates an account in the configured database (the first admin comes from here). */
async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, regions: { type: 'string' }, name: { type: 'string' } },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { role, email, password } = values;
  if (!role || !email || !password || !ROLES.includes(role as Role)) {
    console.error(USAGE);
    return 2;
  }
  if (password.length < 10) {
    console.error('The password needs at least 10 characters.');
    return 2;
  }
  const regions = (values.regions ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.KEDERGISIZ_DB_DIR });
  try {
    const account = await createUser(database, { email, password, role: role as Role, regions, displayName: values.name });
    console.log(`Created ${account.role} ${account.email} (id ${account.id})${account.regions.length ? ` for regions ${account.regions.join(', ')}` : ''}.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Not created: ${err.message}${err.problems.map((p) => `\n  ${p.path}: ${p.message}`).join('')}`);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
