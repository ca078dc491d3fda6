import { sql } from 'drizzle-orm';
import { jsonColumn, type Database } from '../../../db/client';
import { auditStillCounts } from '../../domain/scoring/adapted';
import type { AuditResult, Failure, GroupResult, OsmTags, ZoneStatus } from '../../domain/scoring/types';
import { GROUP_IDS, ZONE_IDS, type GroupId, type ZoneId } from '../../domain/checklist';
import { NotFoundError } from '../../errors';
import { storedOsmTags } from '../osm-tags/stored-osm-tags';

/** What a resident may see of one group's verdict: the chain zone by zone and the failing items. */
export interface PublicGroupResult {
  status: string;
  zones: Record<ZoneId, { status: ZoneStatus }>;
  failures: Failure[];
}

/**
 * The facility's current audit as residents see it: the verdicts, measurements and photos, never who
 * made it or the inspector's note.
 */
export interface PublicAudit {
  id: number;
  auditedAt: string;
  checklistVersion: string;
  registryCode: string | null;
  /** More than three years old: it no longer counts (rule D8) and the facility may have changed. */
  stale: boolean;
  /** OpenStreetMap / Wheelmap tags (rule B5, ADR 0105). */
  osm: OsmTags;
  groups: Record<GroupId, PublicGroupResult>;
  /** The answers as given (item key → answer), so measurable needs can be checked against them. */
  answers: Record<string, unknown>;
  photos: { itemId: string; sha256: string }[];
}

export interface FacilityAccessibility {
  facilityId: number;
  audit: PublicAudit | null;
}

interface Row {
  id: number | string;
  audit_id: number | string | null;
  audited_at: Date | string | null;
  checklist_version: string | null;
  registry_code: string | null;
  answers: Record<string, unknown> | string | null;
  result: AuditResult | string | null;
  photos: { itemId: string; sha256: string }[] | string | null;
}

/** Zones in doorstep-to-doorstep order (jsonb keeps keys in its own order). */
function publicGroup(group: GroupResult): PublicGroupResult {
  return {
    status: group.status,
    zones: Object.fromEntries(ZONE_IDS.map((zone) => [zone, { status: group.zones[zone].status }])) as PublicGroupResult['zones'],
    failures: group.failures,
  };
}

/** The facility's current audit for residents; `audit` is null when it was never audited. */
export async function facilityAccessibility(database: Database, facilityId: number, now = new Date()): Promise<FacilityAccessibility> {
  const [row] = await database.rows<Row>(sql`
    SELECT f.id, a.id AS audit_id, a.audited_at, a.checklist_version, a.registry_code, a.answers, a.result, a.photos
    FROM facilities f LEFT JOIN audits a ON a.id = f.current_audit_id
    WHERE f.id = ${facilityId}`);
  if (!row) throw new NotFoundError(`No facility has id ${facilityId}.`);
  if (row.audit_id === null) return { facilityId, audit: null };
  const result = jsonColumn(row.result!);
  const answers = jsonColumn(row.answers!);
  const auditedAt = new Date(row.audited_at!).toISOString();
  return {
    facilityId,
    audit: {
      id: Number(row.audit_id),
      auditedAt,
      checklistVersion: row.checklist_version!,
      registryCode: row.registry_code,
      stale: !auditStillCounts(auditedAt, now.toISOString()),
      osm: storedOsmTags(result.osm, row.checklist_version!, () => answers),
      groups: Object.fromEntries(GROUP_IDS.map((group) => [group, publicGroup(result.groups[group])])) as Record<GroupId, PublicGroupResult>,
      answers,
      photos: jsonColumn(row.photos!).map(({ itemId, sha256 }) => ({ itemId, sha256 })),
    },
  };
}

/** The type of a photo of the facility's current audit; NotFound for any other photo, so only published evidence is served. */
export async function currentAuditPhoto(database: Database, facilityId: number, sha256: string): Promise<string> {
  const [row] = await database.rows<{ mime: string }>(sql`
    SELECT p.mime FROM facilities f
    JOIN audits a ON a.id = f.current_audit_id
    JOIN photos p ON p.sha256 = ${sha256}
    WHERE f.id = ${facilityId} AND a.photos @> ${JSON.stringify([{ sha256 }])}::jsonb`);
  if (!row) throw new NotFoundError(`Photo ${sha256} is not part of facility ${facilityId}'s current audit.`);
  return row.mime;
}
