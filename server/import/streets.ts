import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { streets } from '../../db/schema';
import { ImportError } from './import-error';
import { text } from './names';

/** Consecutive points further apart than this belong to different pieces of the street. */
const MAX_JOIN_METRES = 250;

/**
 * Imports a street gazetteer `{"streets": [{name, points: [{lat, lng}]}]}` whose pieces of one
 * name are concatenated; the line is split where it jumps, so the map draws no false links.
 */
export async function importStreets(database: Database, file: string, city = 'Astana'): Promise<{ imported: number }> {
  let json: { streets?: unknown };
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ImportError(file, `cannot read it as JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(json?.streets)) throw new ImportError(file, 'expected an object with a "streets" array');
  const piecesByName = new Map<string, [number, number][][]>();
  (json.streets as { name?: unknown; points?: unknown }[]).forEach((street, index) => {
    const name = text(street?.name);
    if (!name || !Array.isArray(street.points)) throw new ImportError(file, 'needs a name and points', `street #${index}`);
    piecesByName.set(name, [...(piecesByName.get(name) ?? []), ...splitAtJumps(street.points as { lat: number; lng: number }[])]);
  });
  const rows = [...piecesByName].flatMap(([name, pieces]) => {
    if (pieces.length === 0) return [];
    const geometry = JSON.stringify({ type: 'MultiLineString', coordinates: pieces });
    return [{ source: 'osm', city, name, geom: sql`ST_SetSRID(ST_GeomFromGeoJSON(${geometry}), 4326)` as never }];
  });
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx
        .insert(streets)
        .values(rows.slice(i, i + 200))
        .onConflictDoUpdate({ target: [streets.source, streets.city, streets.name], set: { geom: sql`excluded.geom` } });
    }
  });
  return { imported: rows.length };
}

function splitAtJumps(points: { lat: number; lng: number }[]): [number, number][][] {
  const pieces: [number, number][][] = [];
  let current: [number, number][] = [];
  for (const p of points) {
    if (!Number.isFinite(p?.lat) || !Number.isFinite(p?.lng)) continue;
    const last = current[current.length - 1];
    if (last && approxMetres(last, [p.lng, p.lat]) > MAX_JOIN_METRES) {
      if (current.length > 1) pieces.push(current);
      current = [];
    }
    current.push([p.lng, p.lat]);
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

function approxMetres([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.hypot(x, lat2 - lat1) * 111_320;
}
