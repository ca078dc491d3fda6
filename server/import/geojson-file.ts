import { readFile } from 'node:fs/promises';
import { ImportError } from './import-error';

export interface GeoJsonFeature {
  type: 'Feature';
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/** Reads a GeoJSON FeatureCollection, failing with the file's name on anything else. */
export async function readFeatureCollection(file: string): Promise<GeoJsonFeature[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ImportError(file, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ImportError(file, `not valid JSON (${(err as Error).message})`);
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new ImportError(file, 'not a GeoJSON FeatureCollection');
  }
  return collection.features as GeoJsonFeature[];
}

/** A short label for a feature in error messages: its index and id or name. */
export function featureLabel(feature: GeoJsonFeature, index: number): string {
  const p = feature?.properties ?? {};
  const id = feature?.id ?? p.source_id ?? p.name ?? p.name_ru ?? p.name_kk ?? p.name_en ?? p.ADM2_EN ?? p.ADM1_EN;
  return `feature #${index}${id !== undefined && id !== null ? ` (${id})` : ''}`;
}

/** Checks a WGS 84 position: two finite numbers in range. */
export function isLonLat(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90
  );
}
