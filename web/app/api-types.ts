/**
 * The shapes the API answers with. They are the server's own types (type-only imports, erased
 * from the bundle), so a change of the contract fails the type check of the web app too.
 */
export type { FacilityFeature, Group } from '../../server/services/facilities/facility-feature';
export type { FacilityDetail } from '../../server/services/facilities/get-facility';
export type { FacilityCollection } from '../../server/services/facilities/list-facilities';
export type { RegionSummary } from '../../server/services/regions/list-regions';
export type { SearchResult } from '../../server/services/search/search';
export type { FacilityHit } from '../../server/services/search/search-facilities';
export type { PlaceHit } from '../../server/services/search/search-places';
export type { FacilityAccessibility, PublicAudit } from '../../server/services/accessibility/facility-accessibility';
export type { ReportRecord } from '../../server/services/reports/report-record';
import type { RegionSummary } from '../../server/services/regions/list-regions';
import type { Group } from '../../server/services/facilities/facility-feature';

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

/** GET /api/reports/form: the ids the report form labels and the limits it checks before sending. */
export interface ReportForm {
  kinds: string[];
  zones: string[];
  limits: { descriptionMin: number; descriptionMax: number; elementMax: number; minFillMs: number; photoMaxBytes: number };
  honeypotField: string;
}

/** POST /api/facilities/:id/reports (the photo, when there is one, travels beside it as a file). */
export interface NewReport {
  what: string;
  zone: string;
  element?: string;
  description: string;
  website: string;
  filledInMs: number;
}

/** GET /api/search parameters; `statuses` need `group`. */
export interface SearchQuery {
  q?: string;
  categories?: string[];
  statuses?: AccessStatus[];
  group?: Group;
  near?: [number, number];
  limit?: number;
}
