/**
 * The shape of a versioned checklist file (`data/checklists/*.json`). The data is the source of truth:
 * thresholds, norm clauses, gates and translations change there without touching code.
 * Item ids are permanent: saved audits refer to them.
 */

export const GROUP_IDS = ['wheelchair', 'mobility', 'vision', 'hearing', 'intellectual'] as const;
/** Disability groups of the passport, in passport letter order К, О, С, Г, У. */
export type GroupId = (typeof GROUP_IDS)[number];

export const ZONE_IDS = ['approach', 'site', 'entrance', 'inside', 'service', 'sanitary', 'information'] as const;
/** Functional zones in doorstep-to-doorstep order, then the two support zones. */
export type ZoneId = (typeof ZONE_IDS)[number];

export type Language = 'kk' | 'ru' | 'en';
export type Localized = Record<Language, string>;
export type Confidence = 'confirmed' | 'confirmed-secondary' | 'unverified';
export type Severity = 'minor' | 'critical';

/** The norm a threshold comes from, and how sure we are that the value matches the official text. */
export interface Norm {
  clause: string;
  confidence: Confidence;
}

/**
 * One comparison on a field of a normalised answer (`value` unless named). A missing field makes the
 * comparison undecidable, which the scoring treats as "could fail".
 */
export interface Condition {
  field?: string;
  eq?: string;
  in?: string[];
  lt?: number;
  lte?: number;
  gt?: number;
  gte?: number;
}

/** A condition on another item's answer: a gate (`applicableIf`) or what makes a failure assistable. */
export interface ItemCondition {
  item: string;
  in?: string[];
  gt?: number;
}

/**
 * A failure band: when all conditions hold, the listed groups fail with the listed severity.
 * An item's result for a group is its most severe matching band.
 */
export interface Band {
  if: Condition[];
  fail: Partial<Record<GroupId, Severity>>;
  /** Groups for which a critical failure of this band can be bridged by staff assistance (rule B1). */
  assistable?: GroupId[];
  /** The failure is assistable only when this other answer holds (e.g. the stair-climber bridges it). */
  assistableIf?: ItemCondition;
  /** The band's own source, when it differs from the item's. */
  norm?: Norm;
}

export type AnswerSpec =
  | { type: 'yesno' }
  | { type: 'choice'; choices: string }
  | { type: 'number'; unit: 'm' | '%'; min: number; max: number }
  | { type: 'parking' }
  | { type: 'size' }
  | { type: 'rampRun' }
  | { type: 'rampSlope' }
  | { type: 'flight'; choices: string };

export type AnswerType = AnswerSpec['type'];
export type InstanceKindId = 'entrance' | 'lift' | 'cabin' | 'ramp';
export type Mitigation = 'dropoff' | 'callButton' | 'escort' | 'remote' | 'variantB';

export interface ItemText {
  question: string;
  help: string;
  /** When the inspector should answer "not applicable". */
  naWhen?: string;
}

export interface ItemDefinition {
  id: string;
  /** The zone the item belongs to; a ramp item's zone is its host's (see `instanceKinds`). */
  zone: ZoneId;
  /** Audited once per element instance of this kind (rule B2); absent = once per facility. */
  instance?: InstanceKindId;
  role: 'check' | 'gate' | 'info' | 'mitigation';
  mitigation?: Mitigation;
  answer: AnswerSpec;
  /** The severity column of the reference: the worst a failure can be, per group it affects. */
  severity: Partial<Record<GroupId, Severity>>;
  /** The passing requirement, language-neutral ("≥ 0.9 m", "yes", "both"). */
  pass?: string;
  rules: Band[];
  /** Every condition must hold (or be unanswered) for the item to apply; otherwise it is NA. */
  applicableIf?: ItemCondition[];
  norm?: Norm;
  text: Record<Language, ItemText>;
}

export interface ChecklistDefinition {
  version: string;
  published: string;
  title: Localized;
  source: string;
  groups: { id: GroupId; letter: string; label: Localized }[];
  zones: { id: ZoneId; role: 'chain' | 'support'; passportZone: number; weight: number; label: Localized }[];
  instanceKinds: { id: InstanceKindId; zone?: ZoneId; hostZones?: ZoneId[]; label: Localized }[];
  answerLabels: Record<'yes' | 'no' | 'na' | 'unanswered', Localized>;
  choiceSets: Record<string, { id: string; label: Localized }[]>;
  items: ItemDefinition[];
}
