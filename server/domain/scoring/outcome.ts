/**
 * Numeric codes used inside the scoring. Item outcomes are ordered by severity, zone and group
 * statuses by how accessible they are, so `Math.max` / `Math.min` pick the worse or better one.
 */

/** Item outcome for one group: not applicable. */
export const NA = 0;
export const PASS = 1;
export const MINOR = 2;
/** A critical failure that staff assistance can bridge (rule B1). */
export const CRITICAL_ASSISTABLE = 3;
export const CRITICAL = 4;
export type Outcome = typeof NA | typeof PASS | typeof MINOR | typeof CRITICAL_ASSISTABLE | typeof CRITICAL;

/** Zone or group status in one fully answered scenario; `S_NA` = no applicable item for the group. */
export const S_NA = 0;
export const S_INACCESSIBLE = 1;
export const S_CONDITIONAL = 2;
export const S_PARTIAL = 3;
export const S_ACCESSIBLE = 4;
export type StatusCode = typeof S_NA | typeof S_INACCESSIBLE | typeof S_CONDITIONAL | typeof S_PARTIAL | typeof S_ACCESSIBLE;

/** Three-valued truth for conditions on answers that may be missing. */
export const FALSE = 0;
export const TRUE = 1;
export const UNDECIDED = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNDECIDED;

/** A mitigation answer: granted only by an explicit "yes". */
export const MIT_NO = 0;
export const MIT_YES = 1;
export const MIT_UNANSWERED = 2;
export type MitigationState = typeof MIT_NO | typeof MIT_YES | typeof MIT_UNANSWERED;

/** The two completions of an audit that bound every unanswered item (see docs/adr/0101). */
export const BEST = 0;
export const WORST = 1;
export type Scenario = typeof BEST | typeof WORST;
