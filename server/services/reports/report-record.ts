/** A resident's report as the API returns it. Text fields are plain text, never HTML. */
export interface ReportRecord {
  id: number;
  facility: { id: number; name: string | null; category: string; regionKato: string | null };
  what: string;
  zone: string;
  element: string | null;
  description: string;
  /** SHA-256 of the attached photo (GET /api/photos/:sha256), or null. */
  photo: string | null;
  status: string;
  createdAt: string;
  /** The last change of `status` by staff: who, when and their note; null while nobody changed it. */
  statusChange: { by: { id: number; name: string }; at: string; note: string | null } | null;
}

export interface ReportRow {
  id: number | string;
  facility_id: number | string;
  facility_name: string | null;
  facility_category: string;
  region_kato: string | null;
  what: string;
  zone: string;
  element: string | null;
  description: string;
  photo_sha256: string | null;
  status: string;
  created_at: Date | string;
  status_changed_by: number | string | null;
  status_changed_by_name: string | null;
  status_changed_at: Date | string | null;
  status_note: string | null;
}

/** The columns `toReport` reads, over `reports r JOIN facilities f`. */
export const reportColumns = `r.id, r.facility_id, f.name AS facility_name, f.category AS facility_category, f.region_kato,
  r.what, r.zone, r.element, r.description, r.photo_sha256, r.status, r.created_at,
  r.status_changed_by, (SELECT COALESCE(u.display_name, u.email) FROM users u WHERE u.id = r.status_changed_by) AS status_changed_by_name,
  r.status_changed_at, r.status_note`;

export function toReport(row: ReportRow): ReportRecord {
  return {
    id: Number(row.id),
    facility: { id: Number(row.facility_id), name: row.facility_name, category: row.facility_category, regionKato: row.region_kato },
    what: row.what,
    zone: row.zone,
    element: row.element,
    description: row.description,
    photo: row.photo_sha256,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    statusChange:
      row.status_changed_by === null || row.status_changed_at === null
        ? null
        : { by: { id: Number(row.status_changed_by), name: row.status_changed_by_name ?? '' }, at: new Date(row.status_changed_at).toISOString(), note: row.status_note },
  };
}
