import { bigint, date, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

/**
 * Statistics for officials (issue 7), kept current by database triggers on `facilities` and
 * `audits` (db/migrations/*_stats_triggers.sql, docs/adr/0701). Nothing in the application writes
 * these tables; `stats_rebuild()` recomputes them from scratch.
 *
 * Months are calendar months in Kazakhstan time (Asia/Almaty), as the first day of the month.
 */

/**
 * One row per facility: its current verdict as the statistics classify it, with the facility-only
 * status per group (rule B4: zones 1–6) read from the latest audit's result. Also the memory the
 * triggers subtract when the facility changes, and the index for the freshness cut-off.
 */
export const statsFacilityVerdicts = pgTable(
  'stats_facility_verdicts',
  {
    facilityId: bigint('facility_id', { mode: 'number' }).primaryKey(),
    regionKato: text('region_kato'),
    districtKato: text('district_kato'),
    category: text('category').notNull(),
    auditId: bigint('audit_id', { mode: 'number' }),
    auditedAt: timestamp('audited_at', { withTimezone: true }),
    auditMonth: date('audit_month'),
    /** 'adapted' | 'partial' | 'not_adapted', ignoring freshness; null when never audited. */
    verdict: text('verdict'),
    wheelchair: text('wheelchair'),
    mobility: text('mobility'),
    vision: text('vision'),
    hearing: text('hearing'),
    intellectual: text('intellectual'),
  },
  (t) => [
    index('stats_facility_verdicts_audited_idx').on(t.auditedAt),
    index('stats_facility_verdicts_month_idx').on(t.auditMonth, t.auditedAt),
    index('stats_facility_verdicts_area_idx').on(t.regionKato, t.districtKato),
  ],
);

/**
 * The counts of a cell: facilities, their classes, and per group the facilities whose
 * facility-only status is accessible (ДП). A function: each table needs its own column objects.
 */
const verdictCounts = () => ({
  facilities: integer('facilities').notNull().default(0),
  adapted: integer('adapted').notNull().default(0),
  partial: integer('partial').notNull().default(0),
  notAdapted: integer('not_adapted').notNull().default(0),
  wheelchair: integer('wheelchair').notNull().default(0),
  mobility: integer('mobility').notNull().default(0),
  vision: integer('vision').notNull().default(0),
  hearing: integer('hearing').notNull().default(0),
  intellectual: integer('intellectual').notNull().default(0),
});

/**
 * Facility counts per region × district × category × month of the current audit (null month:
 * never audited). The freshness cut-off falls inside one month; that month is corrected from
 * `stats_facility_verdicts`, so every count is exact.
 */
export const statsAreaCells = pgTable(
  'stats_area_cells',
  {
    regionKato: text('region_kato'),
    districtKato: text('district_kato'),
    category: text('category').notNull(),
    auditMonth: date('audit_month'),
    ...verdictCounts(),
  },
  (t) => [
    unique('stats_area_cells_key').on(t.regionKato, t.districtKato, t.category, t.auditMonth).nullsNotDistinct(),
    index('stats_area_cells_category_idx').on(t.category),
  ],
);

/**
 * The same counts without the district, per region × category × month: a country view sums a
 * few tens of thousands of these instead of every district's cells (docs/benchmarks.md).
 */
export const statsRegionCells = pgTable(
  'stats_region_cells',
  {
    regionKato: text('region_kato'),
    category: text('category').notNull(),
    auditMonth: date('audit_month'),
    ...verdictCounts(),
  },
  (t) => [unique('stats_region_cells_key').on(t.regionKato, t.category, t.auditMonth).nullsNotDistinct()],
);

/**
 * Failing checklist items of each facility's latest audit, counted per region × district ×
 * category: how many facilities the item fails, critically, and for which groups.
 */
export const statsFailureCells = pgTable(
  'stats_failure_cells',
  {
    regionKato: text('region_kato'),
    districtKato: text('district_kato'),
    category: text('category').notNull(),
    itemId: text('item_id').notNull(),
    facilities: integer('facilities').notNull().default(0),
    critical: integer('critical').notNull().default(0),
    wheelchair: integer('wheelchair').notNull().default(0),
    mobility: integer('mobility').notNull().default(0),
    vision: integer('vision').notNull().default(0),
    hearing: integer('hearing').notNull().default(0),
    intellectual: integer('intellectual').notNull().default(0),
  },
  (t) => [
    unique('stats_failure_cells_key').on(t.regionKato, t.districtKato, t.category, t.itemId).nullsNotDistinct(),
    index('stats_failure_cells_category_idx').on(t.category),
  ],
);

/**
 * Every audit (not only the latest) counted by the month it was made, with the verdict it
 * reached, and facilities audited for the first time that month: the trend.
 */
export const statsAuditMonths = pgTable(
  'stats_audit_months',
  {
    regionKato: text('region_kato'),
    districtKato: text('district_kato'),
    category: text('category').notNull(),
    month: date('month').notNull(),
    audits: integer('audits').notNull().default(0),
    adapted: integer('adapted').notNull().default(0),
    partial: integer('partial').notNull().default(0),
    notAdapted: integer('not_adapted').notNull().default(0),
    firstAudits: integer('first_audits').notNull().default(0),
  },
  (t) => [
    unique('stats_audit_months_key').on(t.regionKato, t.districtKato, t.category, t.month).nullsNotDistinct(),
    index('stats_audit_months_category_idx').on(t.category),
  ],
);
