import { sql } from 'drizzle-orm';

export const GROUPS = ['wheelchair', 'mobility', 'vision', 'hearing', 'intellectual'] as const;
export type Group = (typeof GROUPS)[number];

/** One facility as the API returns it: a GeoJSON Feature. */
export interface FacilityFeature {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    id: number;
    category: string;
    name: string | null;
    names: { kk: string | null; ru: string | null; en: string | null };
    regionKato: string | null;
    districtKato: string | null;
    status: {
      audited: boolean;
      auditedAt: string | null;
      registryCode: string | null;
      score: number | null;
      adapted: boolean;
      groups: Record<Group, string>;
    };
    /** Accessibility tags from the source (for example OSM wheelchair=*): unverified, never an audit. */
    selfReported: Record<string, string>;
  };
}

/** The columns every facility query selects, named as `toFeature` reads them. */
export const facilityColumns = sql`
  f.id, f.category, f.name, f.name_kk, f.name_ru, f.name_en, f.region_kato, f.district_kato,
  ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, f.attributes, f.current_audit_id, f.audited_at,
  f.registry_code, f.score, f.adapted, f.status_wheelchair, f.status_mobility, f.status_vision,
  f.status_hearing, f.status_intellectual`;

export interface FacilityRow {
  id: number | string;
  category: string;
  name: string | null;
  name_kk: string | null;
  name_ru: string | null;
  name_en: string | null;
  region_kato: string | null;
  district_kato: string | null;
  lon: number;
  lat: number;
  attributes: Record<string, string> | string;
  current_audit_id: number | string | null;
  audited_at: Date | string | null;
  registry_code: string | null;
  score: number | null;
  adapted: boolean;
  status_wheelchair: string;
  status_mobility: string;
  status_vision: string;
  status_hearing: string;
  status_intellectual: string;
}

const SELF_REPORTED_KEYS = ['wheelchair', 'toilets:wheelchair', 'wheelchair:description'];

export function toFeature(row: FacilityRow): FacilityFeature {
  const id = Number(row.id);
  const attributes = typeof row.attributes === 'string' ? JSON.parse(row.attributes) : (row.attributes ?? {});
  const selfReported = Object.fromEntries(SELF_REPORTED_KEYS.filter((k) => attributes[k]).map((k) => [k, attributes[k]]));
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
    properties: {
      id,
      category: row.category,
      name: row.name,
      names: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
      regionKato: row.region_kato,
      districtKato: row.district_kato,
      status: {
        audited: row.current_audit_id !== null,
        auditedAt: row.audited_at === null ? null : new Date(row.audited_at).toISOString(),
        registryCode: row.registry_code,
        score: row.score,
        adapted: row.adapted,
        groups: {
          wheelchair: row.status_wheelchair,
          mobility: row.status_mobility,
          vision: row.status_vision,
          hearing: row.status_hearing,
          intellectual: row.status_intellectual,
        },
      },
      selfReported,
    },
  };
}
