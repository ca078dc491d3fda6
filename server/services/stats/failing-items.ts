import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { LocalizedText } from '../../domain/categories';
import { checklists } from '../../domain/checklist';
import { GROUPS, type Group } from '../facilities/facility-feature';
import type { StatsScope } from './scope';
import { areaCells, selectionFilter } from './selection';

/** A checklist item that fails in the latest audit of some facilities of the selection. */
export interface FailingItem {
  item: string;
  /** The item's zone and question in the checklist that defines it (null for an id no checklist knows). */
  zone: string | null;
  question: LocalizedText | null;
  /** Facilities whose latest audit fails the item for at least one group. */
  facilities: number;
  /** Of those, facilities where it is a critical failure (a barrier, not a shortcoming). */
  critical: number;
  /** Facilities where it fails each group. */
  groups: Record<Group, number>;
}

export interface FailingItems {
  scope: Omit<StatsScope, 'selection'>;
  /** Facilities of the selection with an audit: the denominator of `facilities`. */
  auditedFacilities: number;
  items: FailingItem[];
}

/** The items that block the most facilities, critical failures first: what to fix first. */
export async function failingItems(database: Database, scope: StatsScope, options: { limit: number }): Promise<FailingItems> {
  const filter = selectionFilter(scope.selection);
  const groupSums = GROUPS.map((g) => sql`sum(${sql.raw(g)})::int AS ${sql.raw(g)}`);
  const rows = await database.rows<Record<Group, number> & { item_id: string; facilities: number; critical: number }>(sql`
    SELECT item_id, sum(facilities)::int AS facilities, sum(critical)::int AS critical, ${sql.join(groupSums, sql`, `)}
    FROM stats_failure_cells WHERE ${filter}
    GROUP BY item_id HAVING sum(facilities) > 0
    ORDER BY sum(critical) DESC, sum(facilities) DESC, item_id
    LIMIT ${options.limit}`);
  const [{ audited }] = await database.rows<{ audited: number }>(sql`
    SELECT coalesce(sum(facilities), 0)::int AS audited FROM ${areaCells(scope.selection)} WHERE ${filter} AND audit_month IS NOT NULL`);
  const { selection: _, ...echo } = scope;
  return {
    scope: echo,
    auditedFacilities: audited,
    items: rows.map((r) => ({
      item: r.item_id,
      ...describeItem(r.item_id),
      facilities: r.facilities,
      critical: r.critical,
      groups: Object.fromEntries(GROUPS.map((g) => [g, r[g]])) as Record<Group, number>,
    })),
  };
}

/** Item ids are never reused across checklist versions, so the newest checklist naming one describes it. */
function describeItem(id: string): { zone: string | null; question: LocalizedText | null } {
  for (const checklist of [...checklists].reverse()) {
    const item = checklist.items.find((i) => i.id === id);
    if (item) return { zone: item.zone, question: { kk: item.text.kk.question, ru: item.text.ru.question, en: item.text.en.question } };
  }
  return { zone: null, question: null };
}
