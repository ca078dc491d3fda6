import { customType } from 'drizzle-orm/pg-core';

/**
 * A PostGIS point in WGS 84 as `[lon, lat]`. Written as EWKT; read from the hex EWKB that
 * PostgreSQL returns for geometry columns. (drizzle's built-in `geometry` drops the SRID
 * from generated migrations, hence this type.)
 */
export const point = customType<{ data: [number, number]; driverData: string }>({
  dataType() {
    return 'geometry(Point, 4326)';
  },
  toDriver([lon, lat]) {
    return `SRID=4326;POINT(${lon} ${lat})`;
  },
  fromDriver(hex) {
    return parseEwkbPoint(hex);
  },
});

/**
 * A PostGIS multipolygon in WGS 84. Values travel as GeoJSON text written through
 * ST_GeomFromGeoJSON and read through ST_AsGeoJSON in queries.
 */
export const multiPolygon = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(MultiPolygon, 4326)';
  },
});

/** Decodes a hex (E)WKB point: byte order, type (with optional SRID flag), then x and y. */
export function parseEwkbPoint(hex: string): [number, number] {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const view = new DataView(bytes.buffer);
  const little = view.getUint8(0) === 1;
  const type = view.getUint32(1, little);
  let offset = 5;
  if (type & 0x20000000) offset += 4;
  return [view.getFloat64(offset, little), view.getFloat64(offset + 8, little)];
}

/** A PostGIS multilinestring in WGS 84, written from GeoJSON text like `multiPolygon`. */
export const multiLineString = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(MultiLineString, 4326)';
  },
});
