import { z } from 'zod';

/** Configuration, read once from the environment and validated at start-up. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL URL; absent means the embedded PGlite database. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database. */
  KEDERGISIZ_DB_DIR: z.string().default('./.data/db'),
  /** Folder of the public data the demo is imported from on first start ("none" to start empty). */
  KEDERGISIZ_DATA_DIR: z.string().default('../shared/data'),
  /** Folder where uploaded photos are stored by content hash. */
  KEDERGISIZ_STORAGE_DIR: z.string().default('./.data/storage'),
  /** A MapLibre style URL for deployments that have a tile service; empty means the built-in offline basemap. */
  KEDERGISIZ_BASEMAP_STYLE_URL: z.string().default(''),
  /** How long a sign-in lasts before the inspector signs in again. */
  KEDERGISIZ_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** "true" behind a reverse proxy: the client's address is then read from X-Forwarded-For (sign-in throttling). */
  KEDERGISIZ_TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  /** An audit older than this is stale: the work list puts its facility first again. */
  KEDERGISIZ_AUDIT_FRESHNESS_DAYS: z.coerce.number().int().min(1).default(3 * 365),
  /** Largest photo accepted, in bytes. */
  KEDERGISIZ_PHOTO_MAX_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Memory for rendered facility tiles of the current map version, in MiB (0 turns the cache off). */
  KEDERGISIZ_TILE_CACHE_MB: z.coerce.number().min(0).default(64),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
