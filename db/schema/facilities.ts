import { bigint, bigserial, boolean, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { point } from './geometry';
import { districts, regions } from './regions';

/**
 * The facility registry. `source` + `sourceId` identify where a record came from (for example
 * `osm` + `node/453247472`), so a re-import updates the row instead of adding a second one.
 * `attributes` keeps the source's own tags (including self-reported, unverified accessibility
 * tags such as OSM `wheelchair=*`), never an audit result.
 *
 * The `status*` columns hold the facility's current verdict: the result of its latest audit,
 * denormalised so the map, tiles and statistics read it without joining the audit history.
 * A facility never audited has `currentAuditId` null and every group status 'unknown'.
 */
export const facilities = pgTable(
  'facilities',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    category: text('category').notNull(),
    name: text('name'),
    nameKk: text('name_kk'),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    regionKato: text('region_kato').references(() => regions.kato),
    districtKato: text('district_kato').references(() => districts.kato),
    geom: point('geom').notNull(),
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    currentAuditId: bigint('current_audit_id', { mode: 'number' }),
    auditedAt: timestamp('audited_at', { withTimezone: true }),
    registryCode: text('registry_code'),
    score: smallint('score'),
    adapted: boolean('adapted').notNull().default(false),
    statusWheelchair: text('status_wheelchair').notNull().default('unknown'),
    statusMobility: text('status_mobility').notNull().default('unknown'),
    statusVision: text('status_vision').notNull().default('unknown'),
    statusHearing: text('status_hearing').notNull().default('unknown'),
    statusIntellectual: text('status_intellectual').notNull().default('unknown'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('facilities_source_uq').on(t.source, t.sourceId),
    index('facilities_geom_idx').using('gist', t.geom),
    index('facilities_category_idx').on(t.category),
    index('facilities_region_idx').on(t.regionKato, t.districtKato),
  ],
);
