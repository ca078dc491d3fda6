import type { EdgeKind } from './attributes';
import { bearingDeg, type LonLat } from './geo';
import type { RouteSegment } from './segments';

export type DirectionAction = 'depart' | 'continue' | 'cross' | 'steps-up' | 'steps-down' | 'elevator' | 'arrive';
export type Turn = 'straight' | 'slight-left' | 'left' | 'sharp-left' | 'slight-right' | 'right' | 'sharp-right' | 'u-turn';
export type LandmarkType = 'traffic-signals' | 'audible-signals' | 'kerb-ramp' | 'tactile-paving' | 'destination';

/**
 * One step of the text directions, as data. The UI renders it ("Turn left onto Сәтбаев көшесі,
 * 120 m") as an ordered list a screen reader reads in order.
 */
export interface DirectionStep {
  action: DirectionAction;
  turn: Turn | null;
  kind: EdgeKind | null;
  streetName: string | null;
  distanceM: number;
  location: LonLat;
  fromSegment: number;
  toSegment: number;
  landmarks: { type: LandmarkType; name?: string }[];
}

function turnBetween(before: number, after: number): Turn {
  const delta = ((after - before + 540) % 360) - 180;
  const size = Math.abs(delta);
  if (size < 20) return 'straight';
  if (size > 160) return 'u-turn';
  const side = delta < 0 ? 'left' : 'right';
  if (size < 50) return `slight-${side}`;
  return size < 120 ? side : `sharp-${side}`;
}

const edgeBearing = (coordinates: LonLat[], atEnd: boolean) =>
  atEnd
    ? bearingDeg(coordinates[Math.max(0, coordinates.length - 2)], coordinates[coordinates.length - 1])
    : bearingDeg(coordinates[0], coordinates[Math.min(1, coordinates.length - 1)]);

function actionOf(segment: RouteSegment): DirectionAction {
  if (segment.kind === 'crossing') return 'cross';
  if (segment.kind === 'elevator') return 'elevator';
  if (segment.kind === 'steps') return (segment.incline ?? 0) < 0 ? 'steps-down' : 'steps-up';
  return 'continue';
}

function landmarksOf(segment: RouteSegment): DirectionStep['landmarks'] {
  const landmarks: DirectionStep['landmarks'] = [];
  if (segment.trafficSignals) landmarks.push({ type: 'traffic-signals' });
  if (segment.audibleSignals) landmarks.push({ type: 'audible-signals' });
  if (segment.kerbs.some((kerb) => kerb.type === 'lowered' || kerb.type === 'flush')) landmarks.push({ type: 'kerb-ramp' });
  if (segment.tactilePaving) landmarks.push({ type: 'tactile-paving' });
  return landmarks;
}

/**
 * Groups segments into steps: a new step where the street name or the kind of way changes
 * (a crossing, steps, an elevator), with the turn taken to enter it.
 * @example buildDirections(route.segments, 'Polyclinic No. 3')
 */
export function buildDirections(segments: RouteSegment[], destination?: string | null, end?: LonLat): DirectionStep[] {
  const steps: DirectionStep[] = [];
  segments.forEach((segment, index) => {
    const action = actionOf(segment);
    const last = steps[steps.length - 1];
    const lastAction = last && (last.action === 'depart' ? 'continue' : last.action);
    const sameWay = last && lastAction === action && action !== 'elevator' && last.streetName === segment.name &&
      (action !== 'continue' || segment.name !== null || last.kind === segment.kind);
    if (sameWay) {
      last.distanceM += segment.lengthM;
      last.toSegment = index;
      for (const landmark of landmarksOf(segment)) if (!last.landmarks.some((l) => l.type === landmark.type)) last.landmarks.push(landmark);
      return;
    }
    const turn = last ? turnBetween(edgeBearing(segments[index - 1].coordinates, true), edgeBearing(segment.coordinates, false)) : null;
    steps.push({
      action: steps.length === 0 && action === 'continue' ? 'depart' : action,
      turn,
      kind: segment.kind,
      streetName: segment.name,
      distanceM: segment.lengthM,
      location: segment.coordinates[0],
      fromSegment: index,
      toSegment: index,
      landmarks: landmarksOf(segment),
    });
  });
  const last = segments[segments.length - 1];
  steps.push({
    action: 'arrive', turn: null, kind: null, streetName: null, distanceM: 0,
    location: last ? last.coordinates[last.coordinates.length - 1] : end ?? [0, 0],
    fromSegment: segments.length, toSegment: segments.length,
    landmarks: destination ? [{ type: 'destination', name: destination }] : [],
  });
  return steps;
}
