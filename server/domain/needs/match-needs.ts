import type { AuditAnswers } from '../checklist/answers';
import type { Status } from '../scoring/types';
import type { NeedsProfile } from './needs-profile';
import { choiceAt, instanceSuffixes, lengthAt, type Measurement } from './readings';
import { allOf, anyOf, judge, type Fit, type Judged } from './verdicts';

export type NeedId = 'doorWidth' | 'step' | 'toilet' | 'hearing' | 'tactile';
export type NeedOutcome = 'met' | 'unmet' | 'unknown';

/** One answer that decided a yes/no need, e.g. `{ key: 'service.hearing_loop', answer: 'no' }`. */
export interface Evidence {
  key: string;
  answer: string;
}

export interface NeedCheck {
  need: NeedId;
  outcome: NeedOutcome;
  /** The person's own figure for door width and step height, in cm. */
  requiredCm: number | null;
  /** For door width and step height: the failing element, or the tightest one on the way. */
  measured: Measurement | null;
  /** For the yes/no needs: the answers that decided. */
  evidence: Evidence[];
}

export interface NeedsVerdict {
  /** What the facility means for this person: the group's verdict, lowered by needs it does not meet. */
  status: Status;
  /** The group's verdict from the audit, before the person's own needs. */
  groupStatus: Status;
  checks: NeedCheck[];
}

/** A threshold this high or lower is level (the checklist's 0.014 m limit). */
const LEVEL_CM = 1.4;
const RANK: Record<Exclude<Status, 'unknown'>, number> = { inaccessible: 1, conditional: 2, partial: 3, accessible: 4 };
const OUTCOME: Record<Fit, NeedOutcome> = { fits: 'met', fails: 'unmet', unknown: 'unknown', na: 'unknown' };
const FIT_ORDER: Record<Fit, number> = { fails: 0, unknown: 1, fits: 2, na: 2 };

const narrower = (a: Measurement, b: Measurement) => a.cm < b.cm;
const higher = (a: Measurement, b: Measurement) => a.cm > b.cm;
const FITS: Judged = { fit: 'fits', measurement: null };

/**
 * Checks a needs profile against the answers of a facility's current audit (null when it has none)
 * and combines the result with the group's verdict. A door too narrow or a step too high makes the
 * facility not accessible for this person whatever the group's verdict; a missing toilet, hearing
 * support or tactile guidance makes it at best partially accessible. Needs the audit did not measure
 * stay "unknown" and change nothing.
 *
 * @example
 * matchNeeds({ ...DEFAULT_PROFILE, doorWidthCm: 80 }, 'accessible', { 'entrance.door_width': 0.75 })
 * // { status: 'inaccessible', checks: [{ need: 'doorWidth', outcome: 'unmet', requiredCm: 80, measured: { cm: 75, … } }] }
 */
export function matchNeeds(profile: NeedsProfile, groupStatus: Status, answers: AuditAnswers | null): NeedsVerdict {
  const checks: NeedCheck[] = [];
  const given = answers ?? {};
  const entrance = bestEntrance(given, profile);
  if (profile.doorWidthCm !== null) checks.push(measuredCheck('doorWidth', profile.doorWidthCm, doorWidth(given, profile, profile.doorWidthCm, entrance.door)));
  if (profile.maxStepCm !== null) checks.push(measuredCheck('step', profile.maxStepCm, stepHeight(given, profile.maxStepCm, entrance.step)));
  if (profile.accessibleToilet) checks.push(toilet(given));
  if (profile.hearingSupport) checks.push(yesNoCheck('hearing', given, ['service.hearing_loop', 'service.alt_communication']));
  if (profile.tactileGuidance) checks.push(yesNoCheck('tactile', given, ['info.guidance']));
  return { status: personalStatus(groupStatus, checks), groupStatus, checks };
}

function personalStatus(groupStatus: Status, checks: NeedCheck[]): Status {
  const unmet = checks.filter((c) => c.outcome === 'unmet');
  if (unmet.some((c) => c.need === 'doorWidth' || c.need === 'step')) return 'inaccessible';
  if (groupStatus === 'unknown' || unmet.length === 0) return groupStatus;
  return RANK[groupStatus] > RANK.partial ? 'partial' : groupStatus;
}

function measuredCheck(need: NeedId, requiredCm: number, judged: Judged): NeedCheck {
  return { need, outcome: OUTCOME[judged.fit], requiredCm, measured: judged.measurement, evidence: [] };
}

/**
 * The entrance that serves this person best, judging its door and its steps together (a wide door
 * up a flight of steps does not help someone who cannot climb them). Needs not asked count as met.
 */
function bestEntrance(answers: AuditAnswers, profile: NeedsProfile): { door: Judged; step: Judged } {
  const suffixes = instanceSuffixes(answers, 'entrance.');
  const options = (suffixes.length ? suffixes : ['']).map((suffix) => {
    const means = choiceAt(answers, `entrance.stepfree_means${suffix}`);
    const door = profile.doorWidthCm === null ? FITS : entranceDoor(answers, suffix, means, profile.doorWidthCm);
    const step = profile.maxStepCm === null ? FITS : entranceStep(answers, suffix, means, profile.maxStepCm);
    return { door, step, rank: Math.min(FIT_ORDER[door.fit], FIT_ORDER[step.fit]) };
  });
  return options.reduce((best, o) => (o.rank > best.rank ? o : best));
}

function entranceDoor(answers: AuditAnswers, suffix: string, means: string | undefined, needCm: number): Judged {
  const fits = (cm: number) => cm >= needCm;
  const parts = [judge(lengthAt(answers, `entrance.door_width${suffix}`), fits)];
  // The main entrance's ramp has no suffix; another entrance's ramp is "@entrance:<label>".
  if (means === 'ramp') parts.push(judge(lengthAt(answers, suffix ? `ramp.width@entrance:${suffix.slice(1)}` : 'ramp.width'), fits));
  return allOf(parts, narrower);
}

function entranceStep(answers: AuditAnswers, suffix: string, means: string | undefined, maxCm: number): Judged {
  const fits = (cm: number) => cm <= maxCm;
  const parts = [judge(lengthAt(answers, `entrance.threshold${suffix}`), fits)];
  const levelChange = judge(lengthAt(answers, `entrance.level_change${suffix}`), fits);
  // Without a ramp or lift, the level change is climbed; while the means is unknown, a change too high may still be bridged.
  if (means === 'none') parts.push(levelChange);
  else if (means === undefined && levelChange.fit === 'fails' && levelChange.measurement!.cm > LEVEL_CM) parts.push({ ...levelChange, fit: 'unknown' });
  return allOf(parts, higher);
}

function doorWidth(answers: AuditAnswers, profile: NeedsProfile, needCm: number, entrance: Judged): Judged {
  const fits = (cm: number) => cm >= needCm;
  const parts = [judge(lengthAt(answers, 'site.gate_width'), fits), entrance, judge(lengthAt(answers, 'inside.door_width'), fits)];
  const vertical = choiceAt(answers, 'inside.vertical_means');
  if (vertical === 'lift' || vertical === 'platform') {
    parts.push(anyOf(instanceSuffixes(answers, 'inside.lift_').map((s) => judge(lengthAt(answers, `inside.lift_door${s}`), fits))));
  }
  if (profile.accessibleToilet) parts.push(anyOf(instanceSuffixes(answers, 'wc.').map((s) => judge(lengthAt(answers, `wc.door_width${s}`), fits))));
  return allOf(parts, narrower);
}

function stepHeight(answers: AuditAnswers, maxCm: number, entrance: Judged): Judged {
  const fits = (cm: number) => cm <= maxCm;
  const along = ['approach.kerb_height', 'site.level_lips', 'inside.thresholds'].map((key) => judge(lengthAt(answers, key), fits));
  return allOf([...along, entrance], higher);
}

function toilet(answers: AuditAnswers): NeedCheck {
  const check = (outcome: NeedOutcome, keys: string[]): NeedCheck => ({ need: 'toilet', outcome, requiredCm: null, measured: null, evidence: evidenceOf(answers, keys) });
  if (choiceAt(answers, 'wc.public_provided') === 'no') return check('unmet', ['wc.public_provided']);
  const present = choiceAt(answers, 'wc.accessible_present');
  if (present !== 'yes') return check(present === 'no' ? 'unmet' : 'unknown', ['wc.accessible_present']);
  const usable = instanceSuffixes(answers, 'wc.').map((s) => `wc.usable${s}`).filter((key) => choiceAt(answers, key) !== undefined);
  const locked = usable.length > 0 && usable.every((key) => choiceAt(answers, key) === 'no');
  return check(locked ? 'unmet' : 'met', ['wc.accessible_present', ...usable]);
}

/** Met when any of the items is answered yes, unmet when all are answered no. */
function yesNoCheck(need: NeedId, answers: AuditAnswers, keys: string[]): NeedCheck {
  const values = keys.map((key) => choiceAt(answers, key));
  const outcome: NeedOutcome = values.includes('yes') ? 'met' : values.every((v) => v === 'no') ? 'unmet' : 'unknown';
  return { need, outcome, requiredCm: null, measured: null, evidence: evidenceOf(answers, keys) };
}

function evidenceOf(answers: AuditAnswers, keys: string[]): Evidence[] {
  return keys.flatMap((key) => {
    const answer = choiceAt(answers, key);
    return answer === undefined ? [] : [{ key, answer }];
  });
}
