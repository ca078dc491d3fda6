import { sql } from 'drizzle-orm';
import { jsonColumn, type Database } from '../../../db/client';
import { auditStillCounts } from '../../domain/scoring/adapted';
import type { OsmTags } from '../../domain/scoring/types';
import { storedOsmTags } from './stored-osm-tags';

/**
 * What an audit says a facility's OpenStreetMap accessibility tags should be, beside what the map
 * says today (the self-reported tags kept at import), for mappers to review and upload.
 */
export interface OsmTagSuggestion {
  facilityId: number;
  /** "node/123", "way/45" for facilities imported from OpenStreetMap; null for registry-only ones. */
  osmId: string | null;
  name: string | null;
  category: string;
  position: [number, number];
  auditedAt: string;
  /** From the audit (rule B5); a tag the audit cannot decide is null and not suggested. */
  tags: OsmTags;
  /** The values on the map when the facility was imported (any OSM value, e.g. "designated"). */
  mapped: { wheelchair: string | null; toiletsWheelchair: string | null };
  /** Some suggested tag differs from the mapped one. */
  changed: boolean;
}

interface Row {
  id: number | string;
  source: string;
  source_id: string;
  name: string | null;
  category: string;
  lon: number;
  lat: number;
  audited_at: Date | string;
  checklist_version: string;
  osm: OsmTags | string | null;
  answers: Record<string, unknown> | string | null;
  mapped_wheelchair: string | null;
  mapped_toilets: string | null;
}

/**
 * Facilities whose current audit still counts and decides at least one tag, in id order; only
 * within a region when its KATO code is given. Answers are read only for audits stored before the
 * tags were part of the result.
 */
export async function osmTagSuggestions(database: Database, options: { region?: string; now?: Date } = {}): Promise<OsmTagSuggestion[]> {
  const asOf = (options.now ?? new Date()).toISOString();
  const rows = await database.rows<Row>(sql`
    SELECT f.id, f.source, f.source_id, f.name, f.category, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat,
           a.audited_at, a.checklist_version, a.result->'osm' AS osm,
           CASE WHEN a.result->'osm' IS NULL THEN a.answers END AS answers,
           f.attributes->>'wheelchair' AS mapped_wheelchair, f.attributes->>'toilets:wheelchair' AS mapped_toilets
    FROM facilities f JOIN audits a ON a.id = f.current_audit_id
    WHERE ${options.region ? sql`f.region_kato = ${options.region}` : sql`TRUE`}
    ORDER BY f.id`);
  const suggestions: OsmTagSuggestion[] = [];
  for (const row of rows) {
    const auditedAt = new Date(row.audited_at).toISOString();
    if (!auditStillCounts(auditedAt, asOf)) continue;
    const tags = storedOsmTags(row.osm === null ? null : jsonColumn(row.osm), row.checklist_version, () => jsonColumn(row.answers ?? {}));
    if (tags.wheelchair === null && tags.toiletsWheelchair === null) continue;
    const mapped = { wheelchair: row.mapped_wheelchair, toiletsWheelchair: row.mapped_toilets };
    suggestions.push({
      facilityId: Number(row.id),
      osmId: row.source === 'osm' ? row.source_id : null,
      name: row.name,
      category: row.category,
      position: [Number(row.lon), Number(row.lat)],
      auditedAt,
      tags,
      mapped,
      changed: (tags.wheelchair !== null && tags.wheelchair !== mapped.wheelchair) || (tags.toiletsWheelchair !== null && tags.toiletsWheelchair !== mapped.toiletsWheelchair),
    });
  }
  return suggestions;
}
