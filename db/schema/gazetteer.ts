import { bigserial, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { multiLineString, point } from './geometry';

/** Settlements (cities, towns, villages) for place search and the offline basemap's labels. */
export const settlements = pgTable(
  'settlements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    nameKk: text('name_kk'),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    place: text('place').notNull(),
    population: integer('population'),
    geom: point('geom').notNull(),
  },
  (t) => [uniqueIndex('settlements_source_uq').on(t.source, t.sourceId), index('settlements_geom_idx').using('gist', t.geom)],
);

/** Named streets for street search and the offline basemap. One row per street name and city. */
export const streets = pgTable(
  'streets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    city: text('city').notNull(),
    name: text('name').notNull(),
    geom: multiLineString('geom').notNull(),
  },
  (t) => [uniqueIndex('streets_city_name_uq').on(t.source, t.city, t.name), index('streets_geom_idx').using('gist', t.geom)],
);
