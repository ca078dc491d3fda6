/**
 * A resident's needs profile and what a facility's audit means for it (issue 5). Pure: the web app's
 * panel and any server report use the same matching.
 */
export { DEFAULT_PROFILE, hasMeasurableNeeds, NEED_LIMITS, readNeedsProfile, type NeedsProfile } from './needs-profile';
export { matchNeeds, type Evidence, type NeedCheck, type NeedId, type NeedOutcome, type NeedsVerdict } from './match-needs';
export type { Measurement } from './readings';
