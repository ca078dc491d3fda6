/**
 * The shapes the API answers with. They are the server's own types (type-only imports, erased
 * from the bundle), so a change of the contract fails the type check of the web app too.
 */
export type { FacilityFeature, Group } from '../../server/services/facilities/facility-feature';
export type { FacilityDetail } from '../../server/services/facilities/get-facility';
export type { FacilityCollection } from '../../server/services/facilities/list-facilities';
export type { RegionSummary } from '../../server/services/regions/list-regions';
import type { RegionSummary } from '../../server/services/regions/list-regions';

export interface RegionList {
  regions: RegionSummary[];
  outsideAnyRegion: number;
}

/** GET /api/config. */
export interface AppConfig {
  basemapStyleUrl: string | null;
  facilities: number;
  attribution: string[];
}

/** What a facility means for a disability group (issue 3 scores it from the audit). */
export type AccessStatus = 'accessible' | 'partial' | 'conditional' | 'inaccessible' | 'unknown';
export const accessStatuses: readonly AccessStatus[] = ['accessible', 'partial', 'conditional', 'inaccessible', 'unknown'];

export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number];
