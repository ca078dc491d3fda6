import { S_ACCESSIBLE, S_CONDITIONAL, S_INACCESSIBLE, S_NA, S_PARTIAL, type StatusCode } from './outcome';
import type { ZoneOutcome } from './zone-status';

/**
 * Rule B4 for one group in one scenario: the weakest chain zone (approach → site → entrance → inside
 * → service) decides; the support zones (toilets, information) degrade the visit only to partial.
 * `firstZone` 1 leaves out the approach for the facility-only status. S_NA when no zone applies.
 *
 * @example
 * // entrance conditional, toilets inaccessible: conditional (toilets are a support zone)
 * chainStatus([A, P, C, C, P, X, A], chain, false, 0) // S_CONDITIONAL
 */
export function chainStatus(zones: readonly ZoneOutcome[], chain: readonly boolean[], remoteService: boolean, firstZone: number): StatusCode {
  let weakestLink: StatusCode = S_ACCESSIBLE;
  let supportDegraded = false;
  let anyZone = false;
  for (let z = firstZone; z < zones.length; z++) {
    const status = zones[z].status;
    if (status === S_NA) continue;
    anyZone = true;
    if (chain[z]) weakestLink = Math.min(weakestLink, status) as StatusCode;
    else if (status !== S_ACCESSIBLE) supportDegraded = true;
  }
  if (!anyZone) return S_NA;
  // B4-1: the service reaches people who cannot reach the building ("ДУ: дистанционное обслуживание").
  if (weakestLink === S_INACCESSIBLE) return remoteService ? S_CONDITIONAL : S_INACCESSIBLE;
  if (weakestLink === S_CONDITIONAL) return S_CONDITIONAL;
  return weakestLink === S_PARTIAL || supportDegraded ? S_PARTIAL : S_ACCESSIBLE;
}
