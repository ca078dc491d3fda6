import { GROUP_IDS, type GroupId } from '../checklist/types';

/**
 * A resident's needs profile: the group whose verdict the map shows, and optional needs that are
 * checked against an audit's measurements ("door 75 cm; you need 80 cm"). Stored in the browser only.
 */
export interface NeedsProfile {
  group: GroupId;
  /** Clear door width the person's wheelchair or walker needs, in centimetres. */
  doorWidthCm: number | null;
  /** The highest single step or level change the person can manage, in centimetres (0: none). */
  maxStepCm: number | null;
  accessibleToilet: boolean;
  /** An induction loop or sign-language / text communication at the service point. */
  hearingSupport: boolean;
  tactileGuidance: boolean;
}

/** The ranges a measurable need may take; anything outside is a typing slip, not a need. */
export const NEED_LIMITS = {
  doorWidthCm: { min: 40, max: 150 },
  maxStepCm: { min: 0, max: 50 },
} as const;

export const DEFAULT_PROFILE: NeedsProfile = {
  group: 'wheelchair',
  doorWidthCm: null,
  maxStepCm: null,
  accessibleToilet: false,
  hearingSupport: false,
  tactileGuidance: false,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function measure(value: unknown, limits: { min: number; max: number }): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max ? value : null;
}

/**
 * A profile from stored JSON that may be old, partial or tampered with: every field that does not
 * make sense falls back to the default, so a broken store never breaks the map.
 * @example readNeedsProfile({ group: 'vision', doorWidthCm: 'wide' }) // { group: 'vision', doorWidthCm: null, … }
 */
export function readNeedsProfile(raw: unknown): NeedsProfile {
  if (!isRecord(raw)) return { ...DEFAULT_PROFILE };
  return {
    group: (GROUP_IDS as readonly unknown[]).includes(raw.group) ? (raw.group as GroupId) : DEFAULT_PROFILE.group,
    doorWidthCm: measure(raw.doorWidthCm, NEED_LIMITS.doorWidthCm),
    maxStepCm: measure(raw.maxStepCm, NEED_LIMITS.maxStepCm),
    accessibleToilet: raw.accessibleToilet === true,
    hearingSupport: raw.hearingSupport === true,
    tactileGuidance: raw.tactileGuidance === true,
  };
}

/** Whether the profile asks for anything beyond its group's verdict. */
export function hasMeasurableNeeds(profile: NeedsProfile): boolean {
  return profile.doorWidthCm !== null || profile.maxStepCm !== null || profile.accessibleToilet || profile.hearingSupport || profile.tactileGuidance;
}
