import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // PostGIS owns these; drizzle-kit must never try to drop or alter them.
  tablesFilter: ['!spatial_ref_sys', '!geography_columns', '!geometry_columns'],
  extensionsFilters: ['postgis'],
});
