import type { PassportLevel, ServiceForm, Status } from './types';

const LEVELS: readonly PassportLevel[] = ['ДП', 'ДЧ', 'ДУ', 'ВНД'];
const LEVEL_OF: Record<Status, PassportLevel | null> = {
  accessible: 'ДП',
  partial: 'ДЧ',
  conditional: 'ДУ',
  inaccessible: 'ВНД',
  unknown: null,
};
/** Shown for groups whose status is unknown; there is no official code for it. */
export const UNDETERMINED = 'не определено';

/** Rule B5: the official level of a status; null for unknown (never published as ДП). */
export function passportLevel(status: Status): PassportLevel | null {
  return LEVEL_OF[status];
}

const DETAIL = 0;
const REGISTRY = 1;
const STATUS_INDEX: Record<Status, number> = { accessible: 0, partial: 1, conditional: 2, inaccessible: 3, unknown: 4 };
const cache = new WeakMap<readonly string[], Map<number, string>>();

/** Both strings depend only on the five statuses: re-scoring builds each combination once per letter set. */
function memoized(
  kind: typeof DETAIL | typeof REGISTRY,
  statuses: readonly Status[],
  letters: readonly string[],
  build: (statuses: readonly Status[], letters: readonly string[]) => string,
): string {
  let code = kind;
  for (const s of statuses) code = code * 5 + STATUS_INDEX[s];
  let strings = cache.get(letters);
  if (!strings) cache.set(letters, (strings = new Map()));
  let text = strings.get(code);
  if (text === undefined) strings.set(code, (text = build(statuses, letters)));
  return text;
}

const listed = (letters: readonly string[]) => `(${letters.join(', ')})`;

/** "ДП-В" when a level holds all groups, "ДП-И (…)" otherwise; ДУ and ВНД always list their letters. */
function levelPart(level: PassportLevel, letters: readonly string[], groupCount: number): string {
  if (level === 'ДУ' || level === 'ВНД') return `${level} ${listed(letters)}`;
  return letters.length === groupCount ? `${level}-В` : `${level}-И ${listed(letters)}`;
}

/** The group letters at each level, in group order; `null` collects the undetermined groups. */
function byLevel(statuses: readonly Status[], letters: readonly string[]): Map<PassportLevel | null, string[]> {
  const buckets = new Map<PassportLevel | null, string[]>();
  for (let i = 0; i < statuses.length; i++) {
    const level = LEVEL_OF[statuses[i]];
    const bucket = buckets.get(level);
    if (bucket) bucket.push(letters[i]);
    else buckets.set(level, [letters[i]]);
  }
  return buckets;
}

/**
 * Passport detail string (§3.4/3.5 style): every level in order ДП, ДЧ, ДУ, ВНД with its groups,
 * then the undetermined ones.
 *
 * @example
 * detailString(['conditional', 'partial', 'partial', 'partial', 'accessible'], ['К', 'О', 'С', 'Г', 'У'])
 * // "ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)"
 */
export function detailString(statuses: readonly Status[], letters: readonly string[]): string {
  return memoized(DETAIL, statuses, letters, buildDetail);
}

function buildDetail(statuses: readonly Status[], letters: readonly string[]): string {
  const buckets = byLevel(statuses, letters);
  const parts: string[] = [];
  for (const level of LEVELS) {
    const at = buckets.get(level);
    if (at) parts.push(levelPart(level, at, letters.length));
  }
  const unknown = buckets.get(null);
  if (unknown) parts.push(`${UNDETERMINED} ${listed(unknown)}`);
  return parts.join('; ');
}

/**
 * Registry single code (rule B5): ДП-В, ДЧ-В, or the groups at ДЧ or better as one "-И" part followed
 * by the ДУ and ВНД groups; "ДУ" / "ВНД" alone when no group reaches ДЧ.
 *
 * @example
 * registryCode(['conditional', 'partial', 'partial', 'partial', 'accessible'], ['К', 'О', 'С', 'Г', 'У'])
 * // "ДЧ-И (О, С, Г, У); ДУ (К)"
 */
export function registryCode(statuses: readonly Status[], letters: readonly string[]): string {
  return memoized(REGISTRY, statuses, letters, buildRegistryCode);
}

function buildRegistryCode(statuses: readonly Status[], letters: readonly string[]): string {
  const buckets = byLevel(statuses, letters);
  const reached: string[] = [];
  for (let i = 0; i < statuses.length; i++) if (statuses[i] === 'accessible' || statuses[i] === 'partial') reached.push(letters[i]);
  const conditional = buckets.get('ДУ');
  const blocked = buckets.get('ВНД');
  const unknown = buckets.get(null);
  const parts: string[] = [];
  if (reached.length) {
    parts.push(levelPart(buckets.has('ДЧ') ? 'ДЧ' : 'ДП', reached, letters.length));
    if (conditional) parts.push(levelPart('ДУ', conditional, letters.length));
    if (blocked) parts.push(levelPart('ВНД', blocked, letters.length));
  } else if (conditional) parts.push('ДУ');
  else if (blocked) parts.push('ВНД');
  if (unknown) parts.push(`${UNDETERMINED} ${listed(unknown)}`);
  return parts.join('; ');
}

/** Form of service (passport §3.3): А, or Б when the service moved to an accessible room; ДУ; ВНД. */
export function serviceForm(status: Status, variantB: boolean): ServiceForm | null {
  if (status === 'accessible' || status === 'partial') return variantB ? 'Б' : 'А';
  if (status === 'conditional') return 'ДУ';
  return status === 'inaccessible' ? 'ВНД' : null;
}
