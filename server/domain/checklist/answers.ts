import type { AnswerSpec, ChecklistDefinition } from './types';

/** The choice ids an item accepts besides "na" (empty for measured items). */
export function answerOptions(spec: AnswerSpec, choiceSets: ChecklistDefinition['choiceSets']): string[] {
  if (spec.type === 'yesno') return ['yes', 'no'];
  if (spec.type === 'choice' || spec.type === 'flight') return choiceSets[spec.choices].map((o) => o.id);
  return [];
}

/** Parking counts of the site: `{"accessible": 2, "total": 40}`. */
export interface ParkingAnswer {
  accessible: number;
  total: number;
}

/**
 * Inner size of a lift cabin or toilet cabin in metres. `turningCircle` says whether a 1.5 m circle
 * fits; when absent it is judged from the size (both sides at least 1.5 m).
 */
export interface SizeAnswer {
  width: number;
  depth: number;
  turningCircle?: boolean;
}

/** The longest ramp run between landings: its length in metres and its slope in percent. */
export interface RampRunAnswer {
  length: number;
  slope: number;
}

/** The steepest ramp run: slope in percent and how high that run rises in metres (may be omitted). */
export interface RampSlopeAnswer {
  slope: number;
  rise?: number;
}

/** A handrail answer with the number of steps in the flight: `{"value": "none", "steps": 1}`. */
export interface FlightAnswer {
  value: string;
  steps: number;
}

/**
 * One answer as stored and sent by the tablet. `"na"` = not applicable, `null` or absent = not answered.
 * Which form an item takes is documented in docs/checklist-answers.md.
 */
export type AnswerValue =
  | string
  | number
  | ParkingAnswer
  | SizeAnswer
  | RampRunAnswer
  | RampSlopeAnswer
  | FlightAnswer
  | null;

/**
 * An audit's answers keyed by item id. Items audited per element instance (entrances, lifts, toilet
 * cabins, ramps) take an instance suffix: `entrance.door_width@side`, `ramp.slope@site:2`.
 *
 * @example
 * const answers: AuditAnswers = { 'entrance.door_width': 0.85, 'site.parking_count': { accessible: 2, total: 40 } };
 */
export type AuditAnswers = Record<string, AnswerValue | undefined>;

/** A normalised answer: the fields the checklist's conditions compare (`value` for plain answers). */
export type AnswerFields = Readonly<Record<string, string | number | undefined>>;

export type AnswerProblemCode = 'unknown_item' | 'bad_instance' | 'wrong_type' | 'out_of_range' | 'inconsistent';

export type ReadAnswer =
  | { kind: 'answer'; fields: AnswerFields }
  | { kind: 'na' }
  | { kind: 'unanswered' }
  | { kind: 'invalid'; code: AnswerProblemCode; message: string };

const NA: ReadAnswer = { kind: 'na' };
const UNANSWERED: ReadAnswer = { kind: 'unanswered' };

/** Splits `item.id@instance` into the item id and the instance label ('' for the main instance). */
export function splitAnswerKey(key: string): { itemId: string; label: string } {
  const at = key.indexOf('@');
  return at < 0 ? { itemId: key, label: '' } : { itemId: key.slice(0, at), label: key.slice(at + 1) };
}

const invalid = (code: AnswerProblemCode, message: string): ReadAnswer => ({ kind: 'invalid', code, message });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a number field; returns an error message or null. */
function numberProblem(value: unknown, name: string, min: number, max: number, integer = false): ReadAnswer | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalid('wrong_type', `${name} must be a number`);
  if (integer && !Number.isInteger(value)) return invalid('wrong_type', `${name} must be a whole number`);
  if (value < min || value > max) return invalid('out_of_range', `${name} must be between ${min} and ${max}, got ${value}`);
  return null;
}

function onlyKeys(raw: Record<string, unknown>, allowed: string[]): ReadAnswer | null {
  const extra = Object.keys(raw).filter((k) => !allowed.includes(k));
  return extra.length ? invalid('wrong_type', `unexpected field ${extra.join(', ')}; expected ${allowed.join(', ')}`) : null;
}

function readChoice(raw: unknown, options: readonly string[]): ReadAnswer {
  if (typeof raw !== 'string') return invalid('wrong_type', `expected one of ${options.join(', ')} or na`);
  if (!options.includes(raw)) return invalid('wrong_type', `"${raw}" is not one of ${options.join(', ')}, na`);
  return { kind: 'answer', fields: { value: raw } };
}

function readParking(raw: Record<string, unknown>): ReadAnswer {
  const problem =
    onlyKeys(raw, ['accessible', 'total']) ??
    numberProblem(raw.accessible, 'accessible', 0, 100_000, true) ??
    numberProblem(raw.total, 'total', 1, 100_000, true);
  if (problem) return problem;
  const accessible = raw.accessible as number;
  const total = raw.total as number;
  if (accessible > total) return invalid('out_of_range', `accessible (${accessible}) exceeds total (${total})`);
  return { kind: 'answer', fields: { accessible, total, share: accessible / total } };
}

function readSize(raw: Record<string, unknown>): ReadAnswer {
  const problem =
    onlyKeys(raw, ['width', 'depth', 'turningCircle']) ??
    numberProblem(raw.width, 'width', 0.1, 20) ??
    numberProblem(raw.depth, 'depth', 0.1, 20);
  if (problem) return problem;
  if (raw.turningCircle !== undefined && typeof raw.turningCircle !== 'boolean') {
    return invalid('wrong_type', 'turningCircle must be true or false');
  }
  const short = Math.min(raw.width as number, raw.depth as number);
  const long = Math.max(raw.width as number, raw.depth as number);
  if (raw.turningCircle === true && short < 1.5) return invalid('out_of_range', `a 1.5 m circle cannot fit in ${short} m`);
  const turns = (raw.turningCircle as boolean | undefined) ?? short >= 1.5;
  return { kind: 'answer', fields: { width: raw.width as number, depth: raw.depth as number, short, long, turning: turns ? 'yes' : 'no' } };
}

function readRampRun(raw: Record<string, unknown>): ReadAnswer {
  const problem =
    onlyKeys(raw, ['length', 'slope']) ?? numberProblem(raw.length, 'length', 0, 500) ?? numberProblem(raw.slope, 'slope', 0, 100);
  return problem ?? { kind: 'answer', fields: { length: raw.length as number, slope: raw.slope as number } };
}

function readRampSlope(raw: unknown): ReadAnswer {
  if (typeof raw === 'number') return numberProblem(raw, 'slope', 0, 100) ?? { kind: 'answer', fields: { slope: raw } };
  if (!isRecord(raw)) return invalid('wrong_type', 'expected a slope in percent or {slope, rise}');
  const problem =
    onlyKeys(raw, ['slope', 'rise']) ??
    numberProblem(raw.slope, 'slope', 0, 100) ??
    (raw.rise === undefined ? null : numberProblem(raw.rise, 'rise', 0, 50));
  return problem ?? { kind: 'answer', fields: { slope: raw.slope as number, rise: raw.rise as number | undefined } };
}

function readFlight(raw: unknown, options: readonly string[]): ReadAnswer {
  if (!isRecord(raw)) return readChoice(raw, options);
  const problem = onlyKeys(raw, ['value', 'steps']) ?? numberProblem(raw.steps, 'steps', 1, 500, true);
  if (problem) return problem;
  const choice = readChoice(raw.value, options);
  return choice.kind === 'answer' ? { kind: 'answer', fields: { value: raw.value as string, steps: raw.steps as number } } : choice;
}

/**
 * Reads one raw answer against its item's answer type: the normalised fields, "na", "unanswered",
 * or why it is invalid. Scoring treats an invalid answer as unanswered; validation reports it.
 * `options` are the item's choice ids (see `answerOptions`).
 */
export function readAnswer(spec: AnswerSpec, raw: unknown, options: readonly string[]): ReadAnswer {
  if (raw === undefined || raw === null) return UNANSWERED;
  if (raw === 'na') return NA;
  switch (spec.type) {
    case 'yesno':
    case 'choice':
      return readChoice(raw, options);
    case 'number':
      return numberProblem(raw, 'value', spec.min, spec.max) ?? { kind: 'answer', fields: { value: raw as number } };
    case 'rampSlope':
      return readRampSlope(raw);
    case 'flight':
      return readFlight(raw, options);
    default:
      if (!isRecord(raw)) return invalid('wrong_type', `expected an object (${spec.type}), see docs/checklist-answers.md`);
      if (spec.type === 'parking') return readParking(raw);
      if (spec.type === 'size') return readSize(raw);
      return readRampRun(raw);
  }
}
