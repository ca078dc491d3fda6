import type { ConstraintName, Optimize } from '../../domain/routing/cost';
import type { RoutingProfile } from '../../domain/routing/profiles';
import type { Route } from '../../domain/routing/router';
import type { Destination } from './plan-route';

export interface RouteContext {
  status: 'ok' | 'relaxed';
  blockedBy: ConstraintName[];
  profile: RoutingProfile;
  optimize: Optimize;
  doorstep: { group: string; route: 'meets-profile' | 'relaxed'; facility: Destination['facility'] };
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The route as a GeoJSON FeatureCollection: one LineString feature per segment, and the summary
 * (distance in metres, duration in seconds, warnings, unverified share and stretches, directions)
 * as members of the collection.
 */
export function routeFeatureCollection(route: Route, context: RouteContext) {
  return {
    type: 'FeatureCollection' as const,
    status: context.status,
    blockedBy: context.blockedBy,
    relaxed: route.relaxed,
    profile: context.profile,
    optimize: context.optimize,
    distance: round(route.distanceM),
    duration: Math.round(route.durationS),
    warnings: route.warnings,
    unverified: {
      distance: round(route.unverified.lengthM),
      share: round(route.unverified.share, 3),
      byAttribute: route.unverified.byAttribute.map((a) => ({ attribute: a.attribute, distance: round(a.lengthM), share: round(a.share, 3) })),
      stretches: route.unverified.stretches.map((s) => ({
        geometry: { type: 'LineString' as const, coordinates: s.coordinates },
        distance: round(s.lengthM), attributes: s.attributes, segments: [s.fromSegment, s.toSegment],
      })),
    },
    directions: route.directions.map((step) => ({ ...step, distanceM: round(step.distanceM) })),
    snapped: route.snapped,
    doorstep: context.doorstep,
    features: route.segments.map(({ coordinates, ...segment }, index) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates },
      properties: { index, ...segment, lengthM: round(segment.lengthM), durationS: round(segment.durationS) },
    })),
  };
}
