import { sql, type SQL } from 'drizzle-orm';

/**
 * Which facilities a statistic covers. `region`/`district` undefined means "all"; null means
 * "outside every region" (or, inside a region, "in no district"). Categories come from the
 * `category` or `sector` parameter.
 */
export interface StatsSelection {
  region?: string | null;
  district?: string | null;
  categories?: readonly string[];
}

/**
 * The WHERE clause of a selection over any statistics table: they all name the columns
 * region_kato, district_kato and category alike.
 */
export function selectionFilter(selection: StatsSelection, table = ''): SQL {
  const column = (name: string) => sql.raw(table ? `${table}.${name}` : name);
  const conditions: SQL[] = [sql`TRUE`];
  const area = (name: string, value: string | null | undefined) => {
    if (value === undefined) return;
    conditions.push(value === null ? sql`${column(name)} IS NULL` : sql`${column(name)} = ${value}`);
  };
  area('region_kato', selection.region);
  area('district_kato', selection.district);
  if (selection.categories) {
    const list = selection.categories.length ? selection.categories : [''];
    conditions.push(sql`${column('category')} IN (${sql.join(list.map((c) => sql`${c}`), sql`, `)})`);
  }
  return sql.join(conditions, sql` AND `);
}

/**
 * The area count cells to read: those summed over districts (stats_region_cells, about a tenth of
 * the rows) unless the selection or the grouping needs districts.
 */
export function areaCells(selection: StatsSelection, byDistrict = false): SQL {
  return sql.raw(selection.district === undefined && !byDistrict ? 'stats_region_cells' : 'stats_area_cells');
}
