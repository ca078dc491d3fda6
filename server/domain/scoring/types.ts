import type { AnswerValue, GroupId, Norm, Severity, ZoneId } from '../checklist';

/**
 * Accessibility of a zone or of the whole visit for one group. `unknown` means unanswered items could
 * still make it better or worse; it is never shown as accessible.
 */
export type Status = 'accessible' | 'partial' | 'conditional' | 'inaccessible' | 'unknown';
/** A zone's status, or `na` when none of its items applies to the group. */
export type ZoneStatus = Status | 'na';
/** Official passport levels: ДП accessible, ДЧ partial, ДУ conditional, ВНД inaccessible. */
export type PassportLevel = 'ДП' | 'ДЧ' | 'ДУ' | 'ВНД';
/** Form of service per group (passport §3.3). */
export type ServiceForm = 'А' | 'Б' | 'ДУ' | 'ВНД';

/** A status and 0–100 score in one completion of the unanswered items. */
export interface Estimate<S = Exclude<Status, 'unknown'>> {
  status: S;
  score: number | null;
}

/** Where an unknown status could land: every unanswered item passing (`best`) or failing (`worst`). */
export interface Range<S = Exclude<Status, 'unknown'>> {
  best: Estimate<S>;
  worst: Estimate<S>;
}

export interface ZoneResult {
  status: ZoneStatus;
  /** 100, max(60, 100 − 10 × minor failures), 50 or 0; null when unknown or na. */
  score: number | null;
  /** Only for unknown zones. */
  range?: Range<Exclude<ZoneStatus, 'unknown'>>;
}

/** One failing answer, with everything needed to explain it to the owner. */
export interface Failure {
  item: string;
  /** The answer key, with its instance suffix if any. */
  key: string;
  /** Instance label ('' for the main entrance, lift, cabin); null for facility-wide items. */
  instance: string | null;
  zone: ZoneId;
  /** The answer as given. */
  value: AnswerValue;
  severity: Severity;
  /** What passes ("≥ 0.9 m"). */
  threshold: string | null;
  /** The failing band ("< 0.8 m"). */
  band: string;
  norm: Norm | null;
  /** Staff assistance can bridge this critical failure (rule B1). */
  assistable: boolean;
  /** How the zone's status was softened: by assistance (conditional) or by a drop-off point (approach). */
  mitigated: 'assistance' | 'dropoff' | null;
}

/** An unanswered (or partly answered) item that could fail critically: the audit cannot be closed without it. */
export interface UnknownItem {
  item: string;
  key: string;
  zone: ZoneId;
}

export interface GroupResult {
  /** Doorstep-to-doorstep: from the transit stop to the service (rule B4). */
  status: Status;
  /** Zones 1–6 only: what the owner is responsible for. */
  facilityOnlyStatus: Status;
  code: PassportLevel | null;
  serviceForm: ServiceForm | null;
  /** 0–100, null while the status is unknown. */
  score: number | null;
  facilityOnlyScore: number | null;
  /** Best and worst case over the unanswered items (equal when nothing is left open); null if no zone applies. */
  range: Range | null;
  zones: Record<ZoneId, ZoneResult>;
  failures: Failure[];
  unknowns: UnknownItem[];
}

export interface Completeness {
  /** Applicable items (and instances) answered. */
  answered: number;
  applicable: number;
  /** answered / applicable, 0–1 (1 when nothing applies). */
  share: number;
  /** Every applicable item of zones 1–6 answered (rule B7, D8). */
  complete: boolean;
  /** Keys of items that could still fail critically; the tablet asks for a reason before closing. */
  blockingUnknowns: string[];
}

/** The officials' "adapted" figure (rule B7) and its alternatives for the dashboard. */
export interface Adaptation {
  /** Primary KPI: facility-only ДП for all five groups, complete audit. */
  full: boolean;
  /** (b) every group at least ДЧ (facility-only): no chain barrier for anyone. */
  noBarrier: boolean;
  /** (c) every group at least ДУ (facility-only), counting staff-dependent access. */
  withAssistance: boolean;
  /** (d) facility-only score ≥ 80 and no group ВНД. */
  scoreAtLeast80: boolean;
  /** (e) like `full` but doorstep to doorstep (including the approach), complete audit. */
  doorstepToDoorstep: boolean;
}

/**
 * OpenStreetMap / Wheelmap tags (rule B5, docs/adr/0105); null = not exported because unanswered items
 * could change the tag, W is unknown, or (toilets) the facility has no visitor toilets.
 */
export interface OsmTags {
  /** wheelchair=*: yes = step-free from an entrance to the service; limited = one step ≤ 7 cm at the entrance. */
  wheelchair: 'yes' | 'limited' | 'no' | null;
  /** toilets:wheelchair=*: yes = a usable accessible cabin with door ≥ 0.9 m, ⌀ 1.5 m turning and both grab bars. */
  toiletsWheelchair: 'yes' | 'no' | null;
}

/**
 * Everything `scoreAudit` derives from one audit. Treat it as read-only: to keep re-scoring fast, alike
 * parts (known zone results, estimates) are frozen objects shared between results.
 */
export interface AuditResult {
  checklistVersion: string;
  /** Registry single code, e.g. "ДЧ-И (О, С, Г, У); ДУ (К)". */
  registryCode: string;
  /** Passport detail, e.g. "ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)". */
  detail: string;
  facilityOnlyRegistryCode: string;
  /** Mean of the five group scores, null while any group is unknown. */
  score: number | null;
  /** From the mean of the best to the mean of the worst group scores; equal to `score` when known. */
  scoreRange: { best: number; worst: number } | null;
  /** Primary B7 KPI; the audit's age (3 years) is checked by whoever knows its date. */
  adapted: boolean;
  adaptation: Adaptation;
  completeness: Completeness;
  /** The OSM / Wheelmap export: `wheelchair=*` and `toilets:wheelchair=*`. */
  osm: OsmTags;
  groups: Record<GroupId, GroupResult>;
}
