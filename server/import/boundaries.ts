import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { districts, regions } from '../../db/schema';
import { assignAreas } from './areas';
import { featureLabel, readFeatureCollection, type GeoJsonFeature } from './geojson-file';
import { ImportError } from './import-error';
import { text } from './names';

export interface BoundaryImportSummary {
  level: 'region' | 'district';
  imported: number;
  facilitiesReassigned: number;
}

const KATO = /^\d{9}$/;

interface Boundary {
  kato: string;
  names: { kk: string; ru: string; en: string };
  isoCode: string | null;
  geometry: string;
}

/**
 * Imports regions or districts (the geokz 2024 layout: KATO code, ADM1_* / ADM2_* names).
 * A file without KATO codes, such as the old 16-region Natural Earth layout, is refused with
 * the feature that lacks one, rather than matched to today's regions by name.
 */
export async function importBoundaries(database: Database, file: string): Promise<BoundaryImportSummary> {
  const features = await readFeatureCollection(file);
  if (features.length === 0) throw new ImportError(file, 'the file has no features');
  const level = features.some((f) => f?.properties?.ADM2_EN !== undefined || f?.properties?.ADM2_PCODE !== undefined)
    ? 'district'
    : 'region';
  const boundaries = features.map((f, i) => readBoundary(file, f, i, level));

  return database.db.transaction(async (tx) => {
    for (const b of boundaries) {
      const geom = sql`ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${b.geometry}), 4326)), 3))`;
      const common = { nameKk: b.names.kk, nameRu: b.names.ru, nameEn: b.names.en, source: 'geokz', geom: geom as never };
      if (level === 'region') {
        await tx
          .insert(regions)
          .values({ kato: b.kato, isoCode: b.isoCode, ...common })
          .onConflictDoUpdate({ target: regions.kato, set: { ...common, isoCode: b.isoCode, updatedAt: new Date() } });
      } else {
        const regionKato = `${b.kato.slice(0, 2)}0000000`;
        const [known] = await tx.select({ kato: regions.kato }).from(regions).where(sql`${regions.kato} = ${regionKato}`);
        if (!known) {
          throw new ImportError(file, `its region ${regionKato} is not imported yet: import the regions first`, `district ${b.kato}`);
        }
        await tx
          .insert(districts)
          .values({ kato: b.kato, regionKato, ...common })
          .onConflictDoUpdate({ target: districts.kato, set: { ...common, regionKato, updatedAt: new Date() } });
      }
    }
    const facilitiesReassigned = await assignAreas(tx);
    return { level, imported: boundaries.length, facilitiesReassigned };
  });
}

function readBoundary(file: string, feature: GeoJsonFeature, index: number, level: 'region' | 'district'): Boundary {
  const label = featureLabel(feature, index);
  const p = feature?.properties ?? {};
  const kato = text(p.KATO ?? p.kato);
  if (!kato || !KATO.test(kato)) {
    throw new ImportError(
      file,
      'has no 9-digit KATO code; boundaries must follow the current (2024) layout with KATO codes, as the geokz files do',
      label,
    );
  }
  const prefix = level === 'region' ? 'ADM1' : 'ADM2';
  const names = { kk: text(p[`${prefix}_KK`]), ru: text(p[`${prefix}_RU`]), en: text(p[`${prefix}_EN`]) };
  if (!names.kk || !names.ru || !names.en) throw new ImportError(file, `needs ${prefix}_KK, ${prefix}_RU and ${prefix}_EN names`, label);
  const type = feature.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') throw new ImportError(file, `geometry must be a Polygon or MultiPolygon, not ${type}`, label);
  return {
    kato,
    names: names as Boundary['names'],
    isoCode: text(p.ISO_3166_2),
    geometry: JSON.stringify(feature.geometry),
  };
}
