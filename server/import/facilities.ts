import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { facilities } from '../../db/schema';
import { findCategory } from '../domain/categories';
import { assignAreas } from './areas';
import { featureLabel, isLonLat, readFeatureCollection, type GeoJsonFeature } from './geojson-file';
import { ImportError } from './import-error';
import { namesFromSingle, text } from './names';
import { categoryFromOsmTags } from './osm-facility-tags';
import { dropDuplicateStopPositions } from './transit-stops';

export interface FacilityImportSummary {
  imported: number;
  created: number;
  updated: number;
  /** Features that are not public facilities (crossings, signals) or repeat a stop already kept. */
  skipped: number;
  /** Facilities that lie outside every region: kept, and listed here. */
  outsideAnyRegion: { source: string; sourceId: string; name: string | null }[];
}

type FacilityRow = typeof facilities.$inferInsert;

/** OSM keys kept on the facility as self-reported attributes (never treated as an audit). */
const KEPT_TAGS = ['amenity', 'highway', 'public_transport', 'wheelchair', 'toilets:wheelchair', 'wheelchair:description', 'addr:street', 'addr:housenumber', 'osm_type'];

/**
 * Imports facilities from a GeoJSON file of points: either OpenStreetMap objects (tags such as
 * `amenity`, id `node/123`) or the registry's own format (`category`, `source`, `source_id`,
 * `name_kk|ru|en`). Re-importing updates by source id; the whole file lands in one transaction.
 */
export async function importFacilities(database: Database, file: string): Promise<FacilityImportSummary> {
  const features = await readFeatureCollection(file);
  const rows: FacilityRow[] = [];
  let skipped = 0;
  features.forEach((feature, index) => {
    const row = readFacility(file, feature, index);
    if (row) rows.push(row);
    else skipped++;
  });
  const unique = new Map(dropDuplicateStopPositions(rows).map((r) => [`${r.source}\u0000${r.sourceId}`, r]));
  skipped += rows.length - unique.size;

  return database.db.transaction(async (tx) => {
    let created = 0;
    const batch = [...unique.values()];
    for (let i = 0; i < batch.length; i += 500) {
      const inserted = await tx
        .insert(facilities)
        .values(batch.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [facilities.source, facilities.sourceId],
          set: {
            category: sql`excluded.category`,
            name: sql`excluded.name`,
            nameKk: sql`excluded.name_kk`,
            nameRu: sql`excluded.name_ru`,
            nameEn: sql`excluded.name_en`,
            geom: sql`excluded.geom`,
            attributes: sql`excluded.attributes`,
            updatedAt: new Date(),
          },
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      created += inserted.filter((r) => r.inserted).length;
    }
    const bySource = new Map<string, FacilityRow[]>();
    for (const row of batch) {
      const group = bySource.get(row.source) ?? [];
      group.push(row);
      bySource.set(row.source, group);
    }
    for (const [source, sourceRows] of bySource) {
      await assignAreas(tx, { source, sourceIds: sourceRows.map((r) => r.sourceId) });
    }
    const outside = await tx
      .select({ source: facilities.source, sourceId: facilities.sourceId, name: facilities.name })
      .from(facilities)
      .where(
        and(
          isNull(facilities.regionKato),
          inArray(facilities.source, [...bySource.keys(), '']),
        ),
      );
    const importedKeys = new Set(unique.keys());
    return {
      imported: batch.length,
      created,
      updated: batch.length - created,
      skipped,
      outsideAnyRegion: outside.filter((o) => importedKeys.has(`${o.source}\u0000${o.sourceId}`)),
    };
  });
}

function readFacility(file: string, feature: GeoJsonFeature, index: number): FacilityRow | null {
  const label = featureLabel(feature, index);
  if (feature?.type !== 'Feature') throw new ImportError(file, 'is not a GeoJSON Feature', label);
  const p = feature.properties ?? {};
  if (feature.geometry?.type !== 'Point') throw new ImportError(file, `geometry must be a Point, not ${feature.geometry?.type ?? 'missing'}`, label);
  const position = feature.geometry.coordinates;
  if (!isLonLat(position)) throw new ImportError(file, 'has no valid longitude/latitude', label);

  if (p.category !== undefined) return readRegistryFacility(file, p, position, label);

  const category = categoryFromOsmTags(p);
  if (!category) return null;
  const sourceId = text(feature.id) ?? (p.osm_type && p.osm_id ? `${p.osm_type}/${p.osm_id}` : null);
  if (!sourceId) throw new ImportError(file, 'has no OSM id (feature id or osm_type + osm_id)', label);
  const name = text(p.name);
  const detected = namesFromSingle(name);
  const attributes: Record<string, string> = {};
  for (const key of KEPT_TAGS) {
    const value = text(p[key]);
    if (value) attributes[key] = value;
  }
  return {
    source: 'osm',
    sourceId,
    category,
    name,
    nameKk: text(p['name:kk']) ?? detected.kk,
    nameRu: text(p['name:ru']) ?? detected.ru,
    nameEn: text(p['name:en']) ?? detected.en,
    geom: [position[0], position[1]],
    attributes,
  };
}

function readRegistryFacility(file: string, p: Record<string, unknown>, position: [number, number], label: string): FacilityRow {
  const category = text(p.category);
  if (!category || !findCategory(category)) throw new ImportError(file, `unknown category "${String(p.category)}"`, label);
  const source = text(p.source);
  const sourceId = text(p.source_id);
  if (!source || !sourceId) throw new ImportError(file, 'needs "source" and "source_id" so a re-import can update it', label);
  const name = text(p.name) ?? text(p.name_ru) ?? text(p.name_kk) ?? text(p.name_en);
  return {
    source,
    sourceId,
    category,
    name,
    nameKk: text(p.name_kk),
    nameRu: text(p.name_ru),
    nameEn: text(p.name_en),
    geom: [position[0], position[1]],
    attributes: {},
  };
}
