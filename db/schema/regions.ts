import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { multiPolygon } from './geometry';

/** Regions (oblasts and cities of republican significance), keyed by KATO code. */
export const regions = pgTable(
  'regions',
  {
    kato: text('kato').primaryKey(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    isoCode: text('iso_code'),
    source: text('source').notNull(),
    geom: multiPolygon('geom').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('regions_geom_idx').using('gist', t.geom)],
);

/** Districts (rayons and cities of regional significance) inside a region. */
export const districts = pgTable(
  'districts',
  {
    kato: text('kato').primaryKey(),
    regionKato: text('region_kato')
      .notNull()
      .references(() => regions.kato),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    source: text('source').notNull(),
    geom: multiPolygon('geom').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('districts_geom_idx').using('gist', t.geom), index('districts_region_idx').on(t.regionKato)],
);
