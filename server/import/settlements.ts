import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { settlements } from '../../db/schema';
import { featureLabel, isLonLat, readFeatureCollection } from './geojson-file';
import { ImportError } from './import-error';
import { text } from './names';

const PLACES = new Set(['city', 'town', 'village', 'hamlet', 'isolated_dwelling', 'suburb', 'neighbourhood']);

/** Imports named settlements (HOT / OSM populated places) for place search and map labels. */
export async function importSettlements(database: Database, file: string): Promise<{ imported: number; skipped: number }> {
  const features = await readFeatureCollection(file);
  const rows: (typeof settlements.$inferInsert)[] = [];
  let skipped = 0;
  features.forEach((feature, index) => {
    const p = feature?.properties ?? {};
    const name = text(p.name) ?? text(p['name:kk']) ?? text(p['name:ru']);
    const place = text(p.place);
    if (!name || !place || !PLACES.has(place)) {
      skipped++;
      return;
    }
    const position = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    if (!isLonLat(position)) throw new ImportError(file, 'needs a Point geometry with longitude/latitude', featureLabel(feature, index));
    const population = Number(p.population);
    rows.push({
      source: 'osm',
      sourceId: `${text(p.osm_type) ?? 'node'}/${text(p.osm_id) ?? index}`,
      name,
      nameKk: text(p['name:kk']),
      nameRu: text(p['name:ru']),
      nameEn: text(p['name:en']),
      place,
      population: Number.isInteger(population) && population > 0 ? population : null,
      geom: [position[0], position[1]],
    });
  });
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insert(settlements)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [settlements.source, settlements.sourceId],
          set: {
            name: sql`excluded.name`,
            nameKk: sql`excluded.name_kk`,
            nameRu: sql`excluded.name_ru`,
            nameEn: sql`excluded.name_en`,
            place: sql`excluded.place`,
            population: sql`excluded.population`,
            geom: sql`excluded.geom`,
          },
        });
    }
  });
  return { imported: rows.length, skipped };
}
