import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { StatsScope } from './scope';
import { selectionFilter } from './selection';

/** One calendar month (Kazakhstan time) of audits in the selection. */
export interface TrendMonth {
  /** YYYY-MM */
  month: string;
  /** Audits made in the month, every one (not only the latest of each facility). */
  audits: number;
  /** Of those audits, how many found the facility adapted, partially adapted, not adapted. */
  adapted: number;
  partial: number;
  notAdapted: number;
  /** Facilities audited for the first time in the month. */
  firstAudits: number;
  /** Facilities audited at least once by the end of the month. */
  auditedToDate: number;
}

export interface AuditTrend {
  scope: Omit<StatsScope, 'selection'>;
  months: TrendMonth[];
}

/** The last `months` months up to the current one, every month listed (zeros where nothing happened). */
export async function auditTrend(database: Database, scope: StatsScope, options: { months: number; now: Date }): Promise<AuditTrend> {
  const rows = await database.rows<{ month: string; audits: number; adapted: number; partial: number; not_adapted: number; first_audits: number }>(sql`
    SELECT to_char(month, 'YYYY-MM') AS month, sum(audits)::int AS audits, sum(adapted)::int AS adapted,
      sum(partial)::int AS partial, sum(not_adapted)::int AS not_adapted, sum(first_audits)::int AS first_audits
    FROM stats_audit_months WHERE ${selectionFilter(scope.selection)}
    GROUP BY month ORDER BY month`);
  const [{ current }] = await database.rows<{ current: string }>(
    sql`SELECT to_char(stats_month(${options.now.toISOString()}::timestamptz), 'YYYY-MM') AS current`,
  );
  // A tablet with a wrong clock can date an audit in the future; the trend ends with this month.
  const last = current;
  const first = addMonths(last, 1 - options.months);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  let auditedToDate = rows.filter((r) => r.month < first).reduce((n, r) => n + r.first_audits, 0);
  const months: TrendMonth[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    const r = byMonth.get(month);
    auditedToDate += r?.first_audits ?? 0;
    months.push({
      month,
      audits: r?.audits ?? 0,
      adapted: r?.adapted ?? 0,
      partial: r?.partial ?? 0,
      notAdapted: r?.not_adapted ?? 0,
      firstAudits: r?.first_audits ?? 0,
      auditedToDate,
    });
  }
  const { selection: _, ...echo } = scope;
  return { scope: echo, months };
}

/** @example addMonths('2025-11', 3) // '2026-02' */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
