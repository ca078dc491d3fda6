import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { Account } from '../users/account';
import { reportColumns, toReport, type ReportRecord, type ReportRow } from './report-record';

export interface ReportFilter {
  facilityId?: number;
  /** Only facilities of these regions (KATO codes); undefined means every region. */
  regions?: string[];
  /** One status, or `open`: new and seen, the reports still to handle. */
  status?: string;
  limit: number;
}

/** Inspectors see and handle the reports of their regions; officials and admins all (undefined). */
export function visibleRegions(account: Account): string[] | undefined {
  return account.role === 'inspector' ? account.regions : undefined;
}

/** Reports newest first, for the inspectors' queue. */
export async function listReports(database: Database, filter: ReportFilter): Promise<ReportRecord[]> {
  const conditions: SQL[] = [sql`TRUE`];
  if (filter.facilityId !== undefined) conditions.push(sql`r.facility_id = ${filter.facilityId}`);
  if (filter.regions) {
    if (filter.regions.length === 0) return [];
    conditions.push(sql`f.region_kato IN (${sql.join(filter.regions.map((r) => sql`${r}`), sql`, `)})`);
  }
  if (filter.status === 'open') conditions.push(sql`r.status IN ('new', 'seen')`);
  else if (filter.status) conditions.push(sql`r.status = ${filter.status}`);
  const rows = await database.rows<ReportRow>(sql`
    SELECT ${sql.raw(reportColumns)} FROM reports r JOIN facilities f ON f.id = r.facility_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY r.created_at DESC, r.id DESC LIMIT ${filter.limit}`);
  return rows.map(toReport);
}
