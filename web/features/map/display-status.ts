import type { AccessStatus, FacilityFeature, Group } from '../../app/api-types';
import { accessStatuses } from '../../app/api-types';

/**
 * The one status a marker shows: the needs profile's group (wheelchair users until one is chosen);
 * a facility never audited is "unknown" whatever its columns say.
 */
export function displayStatus(status: FacilityFeature['properties']['status'], group: Group = 'wheelchair'): AccessStatus {
  if (!status.audited) return 'unknown';
  const value = status.groups[group] as AccessStatus;
  return accessStatuses.includes(value) ? value : 'unknown';
}
