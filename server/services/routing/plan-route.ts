import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { ConstraintName, Optimize } from '../../domain/routing/cost';
import type { LonLat } from '../../domain/routing/geo';
import { resolveProfile, type CustomProfileInput, type ProfileName } from '../../domain/routing/profiles';
import type { RouteOutcome } from '../../domain/routing/router';
import { NotFoundError, UnprocessableError } from '../../errors';
import { routeFeatureCollection } from './route-geojson';
import { routerFor, workWhenIdle } from './routing-service';

export interface PlanRouteInput {
  from: LonLat;
  to: LonLat | { facilityId: number };
  profile: ProfileName | CustomProfileInput;
  optimize: Optimize;
}

/** The facility status group a profile belongs to, for the doorstep-to-doorstep verdict. */
const GROUP: Record<string, 'wheelchair' | 'mobility' | 'vision'> = {
  'manual-wheelchair': 'wheelchair', 'powered-wheelchair': 'wheelchair', custom: 'wheelchair',
  'walker-cane': 'mobility', stroller: 'mobility', 'blind-low-vision': 'vision',
};

const UNROUTABLE: Record<Extract<RouteOutcome, { status: 'unroutable' }>['reason'], string> = {
  'from-off-network': 'The start is more than 300 m from any mapped footway. Choose a start closer to a street.',
  'to-off-network': 'The destination is more than 300 m from any mapped footway.',
  disconnected: 'No mapped footway connects the start and the destination.',
};

export interface Destination {
  point: LonLat;
  facility: { id: number; name: string | null; status: string; entrance: string | null } | null;
}

/**
 * Where a route to a facility ends: its entrance that the mapper marked wheelchair=yes, else its
 * main entrance, else any entrance, else the facility's own point.
 */
async function destinationOf(database: Database, to: PlanRouteInput['to'], group: string): Promise<Destination> {
  if (Array.isArray(to)) return { point: to, facility: null };
  const [facility] = await database.rows<{ id: number; name: string | null; lon: number; lat: number; status: string }>(sql`
    SELECT id, name, ST_X(geom) AS lon, ST_Y(geom) AS lat, ${sql.raw(`status_${group}`)} AS status
    FROM facilities WHERE id = ${to.facilityId}`);
  if (!facility) throw new NotFoundError(`No facility ${to.facilityId}.`);
  const [entrance] = await database.rows<{ lon: number; lat: number; entrance_type: string }>(sql`
    SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat, entrance_type FROM facility_entrances
    WHERE facility_id = ${to.facilityId}
    ORDER BY (wheelchair = 'yes') DESC NULLS LAST, (entrance_type = 'main') DESC, id LIMIT 1`);
  const point: LonLat = entrance ? [Number(entrance.lon), Number(entrance.lat)] : [Number(facility.lon), Number(facility.lat)];
  return {
    point,
    facility: { id: Number(facility.id), name: facility.name, status: facility.status, entrance: entrance?.entrance_type ?? null },
  };
}

/** Plans a route on the held graph; an input that cannot be routed is a 422 naming why. */
export async function planRoute(database: Database, input: PlanRouteInput) {
  const profile = resolveProfile(input.profile);
  const group = GROUP[profile.name];
  const destination = await destinationOf(database, input.to, group);
  const router = await routerFor(database);
  const outcome = router.route({
    from: input.from, to: destination.point, profile, optimize: input.optimize, destination: destination.facility?.name,
  });
  workWhenIdle(router);
  if (outcome.status === 'unroutable') {
    throw new UnprocessableError(UNROUTABLE[outcome.reason], [{ path: outcome.reason === 'from-off-network' ? 'from' : 'to', message: outcome.reason }]);
  }
  const blockedBy: ConstraintName[] = outcome.status === 'relaxed' ? outcome.blockedBy : [];
  return routeFeatureCollection(outcome.route, {
    status: outcome.status, blockedBy, profile, optimize: input.optimize,
    doorstep: {
      group,
      route: outcome.status === 'ok' ? 'meets-profile' : 'relaxed',
      facility: destination.facility,
    },
  });
}
