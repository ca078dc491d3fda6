import type { Measurement, Reading } from './readings';

/** How one element, or a whole need, compares with what the person needs. */
export type Fit = 'fits' | 'fails' | 'unknown' | 'na';

export interface Judged {
  fit: Fit;
  /** The decisive measurement: the failing one, or the tightest one that fits. */
  measurement: Measurement | null;
}

/** Judges one reading; `fits` says whether a measured length is enough, `tightness` orders measurements (higher = tighter). */
export function judge(reading: Reading, fits: (cm: number) => boolean): Judged {
  if (reading.kind === 'na') return { fit: 'na', measurement: null };
  if (reading.kind === 'unanswered') return { fit: 'unknown', measurement: null };
  return { fit: fits(reading.measurement.cm) ? 'fits' : 'fails', measurement: reading.measurement };
}

const ORDER: Record<Fit, number> = { fails: 0, unknown: 1, fits: 2, na: 3 };

/**
 * Elements that must all be passed (the gate, then the entrance, then the door inside): the first
 * that fails decides, then anything unknown; all fitting gives the tightest one. Nothing there at all is unknown.
 */
export function allOf(parts: Judged[], tighter: (a: Measurement, b: Measurement) => boolean): Judged {
  const failing = parts.filter((p) => p.fit === 'fails');
  if (failing.length) return { fit: 'fails', measurement: tightest(failing, tighter) };
  if (parts.some((p) => p.fit === 'unknown')) return { fit: 'unknown', measurement: tightest(parts, tighter) };
  const fitting = parts.filter((p) => p.fit === 'fits');
  return fitting.length ? { fit: 'fits', measurement: tightest(fitting, tighter) } : { fit: 'na', measurement: null };
}

/** Alternatives of which one is enough (several entrances, lifts or toilet cabins): the best one decides. */
export function anyOf(options: Judged[]): Judged {
  const present = options.filter((o) => o.fit !== 'na');
  if (present.length === 0) return { fit: 'na', measurement: null };
  return present.reduce((best, o) => (ORDER[o.fit] > ORDER[best.fit] ? o : best));
}

function tightest(parts: Judged[], tighter: (a: Measurement, b: Measurement) => boolean): Measurement | null {
  let result: Measurement | null = null;
  for (const p of parts) if (p.measurement && (!result || tighter(p.measurement, result))) result = p.measurement;
  return result;
}
