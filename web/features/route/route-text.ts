import type { ConstraintName } from '../../../server/domain/routing/cost';
import type { DirectionStep } from '../../../server/domain/routing/directions';
import type { RoutingProfile } from '../../../server/domain/routing/profiles';
import type { UnknownAttribute } from '../../../server/domain/routing/segments';
import type { RouteWarning } from '../../../server/domain/routing/warnings';
import { t, type MessageKey } from '../../i18n';

/** The route's data (codes and numbers, see ADR 0201) in the resident's words. */

/** "850 m" (to 10 m) under a kilometre, "1.2 km" above. */
export function distanceText(metres: number): string {
  if (metres < 995) return t('route.metres', { value: metres < 20 ? Math.round(metres) : Math.round(metres / 10) * 10 });
  return t('route.kilometres', { value: Math.round(metres / 100) / 10 });
}

/** "12 min", "1 h 5 min"; never "0 min". */
export function durationText(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return t('route.minutes', { value: minutes });
  return t('route.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export const percentText = (fraction: number) => t('route.percent', { value: Math.round(fraction * 1000) / 10 });

const list = (items: string[]) => items.join(', ');

export const constraintText = (name: ConstraintName) => t(`route.constraint.${name}` as MessageKey);

export const constraintsText = (names: ConstraintName[]) => list(names.map(constraintText));

/** "surface (100%), width (100%), slope (6.5%)": each unknown attribute with the share of the route it is unknown on. */
export const unknownText = (unknowns: { attribute: UnknownAttribute; share: number }[]) =>
  list(unknowns.map(({ attribute, share }) => `${t(`route.unknown.${attribute}` as MessageKey)} (${percentText(share)})`));

/** "Limits: uphill up to 8%, downhill up to 10%, kerbs up to 3 cm, no steps, paths at least 0.9 m wide." */
export function limitsText(profile: RoutingProfile): string {
  const limits: string[] = [];
  const pct = (grade: number) => Math.round(grade * 1000) / 10;
  if (profile.maxUphill != null) limits.push(t('route.limit.uphill', { value: pct(profile.maxUphill) }));
  if (profile.maxDownhill != null) limits.push(t('route.limit.downhill', { value: pct(profile.maxDownhill) }));
  if (profile.maxKerbHeightCm != null) limits.push(t('route.limit.kerb', { value: profile.maxKerbHeightCm }));
  if (profile.avoidSteps) limits.push(t('route.limit.noSteps'));
  if (profile.minWidthM != null) limits.push(t('route.limit.width', { value: profile.minWidthM }));
  if (profile.preferTactile) limits.push(t('route.limit.tactile'));
  if (profile.preferAudibleSignals) limits.push(t('route.limit.audible'));
  return t('route.limits', { limits: limits.length ? list(limits) : t('route.limit.none') });
}

/** One warning: "7% uphill slope", "12 cm kerb", "Breaks your limit: steps". */
export function warningText(warning: RouteWarning): string {
  const key = `route.warning.${warning.code}` as MessageKey;
  return t(key, {
    value: warning.value ?? '',
    constraint: warning.constraint ? constraintText(warning.constraint) : '',
  });
}

/** How one step of the directions reads aloud: turn, action and way, distance, then landmarks. */
export function stepText(step: DirectionStep): string {
  const distance = distanceText(step.distanceM);
  const turn = step.turn ? t(`route.turn.${step.turn}` as MessageKey) : '';
  let action: string;
  if (step.action === 'arrive') {
    const destination = step.landmarks.find((l) => l.type === 'destination')?.name;
    action = destination ? t('route.step.arrive', { destination }) : t('route.step.arrivePoint');
  } else if (step.action === 'depart' || step.action === 'continue') {
    const kindWay = t(`route.way.${step.kind ?? 'footway'}` as MessageKey);
    const way = step.streetName ? t('route.way.named', { way: kindWay, name: step.streetName }) : kindWay;
    action = t(`route.step.${step.action}`, { way, distance });
  } else {
    action = t(`route.step.${step.action}` as MessageKey, { distance });
  }
  const landmarks = step.landmarks.filter((l) => l.type !== 'destination').map((l) => t(`route.landmark.${l.type}` as MessageKey));
  return [turn, action, landmarks.length ? t('route.landmarks', { landmarks: list(landmarks) }) : ''].filter(Boolean).join(' ');
}

/** The number (1-based) of the direction step that walks a segment, to place a warning in the list. */
export function stepOfSegment(steps: DirectionStep[], segment: number): number {
  const index = steps.findIndex((step) => segment >= step.fromSegment && segment <= step.toSegment);
  return (index < 0 ? steps.length - 1 : index) + 1;
}

/** Warnings as the list shows them: one line per kind of warning and step, with how often it occurs. */
export function warningLines(warnings: RouteWarning[], steps: DirectionStep[]): { text: string; step: number; count: number }[] {
  const lines = new Map<string, { text: string; step: number; count: number }>();
  for (const warning of warnings) {
    const text = warningText(warning);
    const step = stepOfSegment(steps, warning.segment);
    const key = `${step}|${text}`;
    const line = lines.get(key);
    if (line) line.count++;
    else lines.set(key, { text, step, count: 1 });
  }
  return [...lines.values()];
}

/** What the live region says once a route is planned: its length and time, or that it is relaxed and why. */
export function announcement(route: { status: string; blockedBy: ConstraintName[]; distance: number; duration: number; warnings: unknown[] }): string {
  const distance = distanceText(route.distance);
  const duration = durationText(route.duration);
  if (route.status === 'relaxed') return t('route.announce.relaxed', { constraints: constraintsText(route.blockedBy), distance, duration });
  return t('route.announce.ok', { distance, duration, warnings: t('route.warningsCount', { count: route.warnings.length }) });
}
