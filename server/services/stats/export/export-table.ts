import type { Locale, LocalizedText } from '../../../domain/categories';
import { GROUPS } from '../../facilities/facility-feature';
import type { AreaStats } from '../area-stats';
import type { AuditTrend } from '../audit-trend';
import type { FailingItems } from '../failing-items';
import type { VerdictFacilities } from '../facility-verdicts';
import type { SectorStats } from '../sector-stats';
import type { StatsCounts } from '../stats-row';
import { ROW_LABELS, VERDICT_LABELS } from './labels';

export type Cell = string | number | null;

/** Where a row lies: an area's boundary, a point, or nowhere (sectors, months, items, totals). */
export type RowGeometry = { area: 'region' | 'district'; kato: string } | { point: [number, number] } | null;

export interface ExportRow {
  values: Record<string, Cell>;
  geometry: RowGeometry;
}

/** One view as rows of named values: what both the CSV and the GeoJSON export are written from. */
export interface ExportTable {
  columns: string[];
  rows: ExportRow[];
  definition?: LocalizedText;
  /** The rows carry area boundaries (the geokz attribution applies). */
  boundaries: boolean;
}

export const COUNT_COLUMNS = [
  'total', 'audited', 'fresh', 'stale', 'adapted', 'partial', 'not_adapted', 'not_audited',
  'adapted_pct', 'adapted_of_fresh_pct', 'audited_pct', 'fresh_pct', 'partial_pct', 'not_adapted_pct', 'not_audited_pct',
  ...GROUPS.map((g) => `adapted_${g}`),
  ...GROUPS.map((g) => `adapted_${g}_pct`),
];

/** The counts of a row under the export's column names: the same numbers the page shows. */
export function flatCounts(c: StatsCounts): Record<string, Cell> {
  const p = c.percent;
  return {
    total: c.total, audited: c.audited, fresh: c.fresh, stale: c.stale, adapted: c.adapted, partial: c.partial,
    not_adapted: c.notAdapted, not_audited: c.notAudited,
    adapted_pct: p.adapted, adapted_of_fresh_pct: p.adaptedOfFresh, audited_pct: p.audited, fresh_pct: p.fresh,
    partial_pct: p.partial, not_adapted_pct: p.notAdapted, not_audited_pct: p.notAudited,
    ...Object.fromEntries(GROUPS.map((g) => [`adapted_${g}`, c.adaptedByGroup[g]])),
    ...Object.fromEntries(GROUPS.map((g) => [`adapted_${g}_pct`, p.adaptedByGroup[g]])),
  };
}

export function areaTable(stats: AreaStats, lang: Locale): ExportTable {
  const outsideKey = stats.level === 'region' ? 'outsideAnyRegion' : 'outsideAnyDistrict';
  const outside = stats[outsideKey]!;
  return {
    columns: ['kato', 'name', ...COUNT_COLUMNS],
    rows: [
      ...stats.rows.map((r) => ({
        values: { kato: r.kato, name: r.name[lang], ...flatCounts(r) },
        geometry: { area: stats.level, kato: r.kato },
      })),
      { values: { kato: null, name: ROW_LABELS[outsideKey][lang], ...flatCounts(outside) }, geometry: null },
      { values: { kato: null, name: ROW_LABELS.total[lang], ...flatCounts(stats.total) }, geometry: null },
    ],
    definition: stats.definition.text,
    boundaries: true,
  };
}

export function sectorTable(stats: SectorStats, lang: Locale): ExportTable {
  return {
    columns: ['sector', 'name', ...COUNT_COLUMNS],
    rows: [
      ...stats.rows.map((r) => ({ values: { sector: r.sector, name: r.name[lang], ...flatCounts(r) }, geometry: null })),
      { values: { sector: null, name: ROW_LABELS.total[lang], ...flatCounts(stats.total) }, geometry: null },
    ],
    definition: stats.definition.text,
    boundaries: false,
  };
}

export function trendTable(trend: AuditTrend): ExportTable {
  return {
    columns: ['month', 'audits', 'adapted', 'partial', 'not_adapted', 'first_audits', 'audited_to_date'],
    rows: trend.months.map((m) => ({
      values: {
        month: m.month, audits: m.audits, adapted: m.adapted, partial: m.partial, not_adapted: m.notAdapted,
        first_audits: m.firstAudits, audited_to_date: m.auditedToDate,
      },
      geometry: null,
    })),
    boundaries: false,
  };
}

export function failingTable(failing: FailingItems, lang: Locale): ExportTable {
  return {
    columns: ['item', 'question', 'facilities', 'critical', ...GROUPS.map((g) => `fails_${g}`)],
    rows: failing.items.map((i) => ({
      values: { item: i.item, question: i.question?.[lang] ?? null, facilities: i.facilities, critical: i.critical, ...Object.fromEntries(GROUPS.map((g) => [`fails_${g}`, i.groups[g]])) },
      geometry: null,
    })),
    boundaries: false,
  };
}

export function facilitiesTable(list: VerdictFacilities, lang: Locale): ExportTable {
  return {
    columns: ['id', 'name', 'category', 'sector', 'longitude', 'latitude', 'verdict', 'audited_at', 'registry_code', 'score', ...GROUPS.map((g) => `status_${g}`)],
    rows: list.facilities.map((f) => ({
      values: {
        id: f.id, name: f.names[lang] ?? f.name, category: f.category, sector: f.sector,
        longitude: f.coordinates[0], latitude: f.coordinates[1], verdict: VERDICT_LABELS[f.verdict][lang],
        audited_at: f.auditedAt?.slice(0, 10) ?? null, registry_code: f.registryCode, score: f.score,
        ...Object.fromEntries(GROUPS.map((g) => [`status_${g}`, f.groups[g]])),
      },
      geometry: { point: f.coordinates },
    })),
    boundaries: false,
  };
}
