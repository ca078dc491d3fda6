import { accessStatuses, type AccessStatus } from '../../app/api-types';

export type DoorstepVerdict = AccessStatus | 'relaxed';

/** A facility status as the app knows it; anything unexpected counts as unknown, never as accessible. */
export function knownStatus(status: string): AccessStatus {
  return (accessStatuses as readonly string[]).includes(status) ? (status as AccessStatus) : 'unknown';
}

/**
 * One doorstep-to-doorstep answer from the way there and the facility's own status for the
 * profile's group: a way that breaks the profile's limits decides alone; otherwise the facility does.
 * @example doorstepVerdict('meets-profile', 'partial') // 'partial'
 */
export function doorstepVerdict(route: 'meets-profile' | 'relaxed', facilityStatus: string): DoorstepVerdict {
  return route === 'relaxed' ? 'relaxed' : knownStatus(facilityStatus);
}
