import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { NotFoundError } from '../../errors';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow } from './facility-feature';

type AreaNames = { kato: string; names: { kk: string; ru: string; en: string } } | null;

export type FacilityDetail = FacilityFeature & {
  properties: FacilityFeature['properties'] & { region: AreaNames; district: AreaNames; source: string; sourceId: string };
};

/** One facility with the names of its region and district. */
export async function getFacility(database: Database, id: number): Promise<FacilityDetail> {
  const [row] = await database.rows<
    FacilityRow & { source: string; source_id: string; r_kk: string | null; r_ru: string | null; r_en: string | null; d_kk: string | null; d_ru: string | null; d_en: string | null }
  >(sql`
    SELECT ${facilityColumns}, f.source, f.source_id,
      r.name_kk AS r_kk, r.name_ru AS r_ru, r.name_en AS r_en,
      d.name_kk AS d_kk, d.name_ru AS d_ru, d.name_en AS d_en
    FROM facilities f
    LEFT JOIN regions r ON r.kato = f.region_kato
    LEFT JOIN districts d ON d.kato = f.district_kato
    WHERE f.id = ${id}`);
  if (!row) throw new NotFoundError(`No facility has id ${id}.`);
  const feature = toFeature(row);
  return {
    ...feature,
    properties: {
      ...feature.properties,
      source: row.source,
      sourceId: row.source_id,
      region: row.region_kato ? { kato: row.region_kato, names: { kk: row.r_kk!, ru: row.r_ru!, en: row.r_en! } } : null,
      district: row.district_kato ? { kato: row.district_kato, names: { kk: row.d_kk!, ru: row.d_ru!, en: row.d_en! } } : null,
    },
  };
}
