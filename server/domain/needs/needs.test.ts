import { describe, expect, it } from 'vitest';
import type { AuditAnswers } from '../checklist';
import { DEFAULT_PROFILE, hasMeasurableNeeds, matchNeeds, readNeedsProfile, type NeedsProfile } from './index';

const wheelchair = (needs: Partial<NeedsProfile>): NeedsProfile => ({ ...DEFAULT_PROFILE, ...needs });

describe('readNeedsProfile', () => {
  it('keeps a valid stored profile', () => {
    const stored = { group: 'vision', doorWidthCm: null, maxStepCm: 2, accessibleToilet: false, hearingSupport: false, tactileGuidance: true };
    expect(readNeedsProfile(stored)).toEqual(stored);
  });

  it('drops what makes no sense instead of failing: unknown group, words, out-of-range figures', () => {
    expect(readNeedsProfile({ group: 'astronaut', doorWidthCm: 'wide', maxStepCm: 400, accessibleToilet: 'yes' })).toEqual(DEFAULT_PROFILE);
    expect(readNeedsProfile(null)).toEqual(DEFAULT_PROFILE);
    expect(readNeedsProfile([1, 2])).toEqual(DEFAULT_PROFILE);
    expect(readNeedsProfile({ doorWidthCm: Number.NaN }).doorWidthCm).toBeNull();
  });

  it('says whether any need beyond the group is asked', () => {
    expect(hasMeasurableNeeds(DEFAULT_PROFILE)).toBe(false);
    expect(hasMeasurableNeeds(wheelchair({ maxStepCm: 0 }))).toBe(true);
  });
});

describe('door width', () => {
  it('"door 75 cm; you need 80 cm": a narrow entrance door makes an accessible facility not accessible for this person', () => {
    const verdict = matchNeeds(wheelchair({ doorWidthCm: 80 }), 'accessible', { 'entrance.door_width': 0.75, 'inside.door_width': 0.9, 'site.gate_width': 'na' });
    expect(verdict.status).toBe('inaccessible');
    expect(verdict.groupStatus).toBe('accessible');
    expect(verdict.checks).toEqual([
      { need: 'doorWidth', outcome: 'unmet', requiredCm: 80, measured: { key: 'entrance.door_width', item: 'entrance.door_width', cm: 75 }, evidence: [] },
    ]);
  });

  it('is met when every door on the way is wide enough, naming the narrowest (gate 120, entrance 90, inside 85 → 85)', () => {
    const verdict = matchNeeds(wheelchair({ doorWidthCm: 80 }), 'partial', { 'site.gate_width': 1.2, 'entrance.door_width': 0.9, 'inside.door_width': 0.85 });
    expect(verdict.status).toBe('partial');
    expect(verdict.checks[0]).toMatchObject({ outcome: 'met', measured: { item: 'inside.door_width', cm: 85 } });
  });

  it('is unknown while a door on the way was not measured, and then leaves the verdict alone', () => {
    const verdict = matchNeeds(wheelchair({ doorWidthCm: 80 }), 'accessible', { 'entrance.door_width': 0.9 });
    expect(verdict.checks[0].outcome).toBe('unknown');
    expect(verdict.status).toBe('accessible');
  });

  it('uses the best entrance: a narrow main door does not matter when the side entrance fits', () => {
    const answers: AuditAnswers = { 'entrance.door_width': 0.7, 'entrance.door_width@side': 0.95, 'inside.door_width': 1, 'site.gate_width': 'na' };
    expect(matchNeeds(wheelchair({ doorWidthCm: 85 }), 'accessible', answers).checks[0]).toMatchObject({ outcome: 'met', measured: { cm: 95 } });
  });

  it('counts the entrance ramp’s width when the entrance is reached by ramp (ramp of entrance "side" is ramp.width@entrance:side)', () => {
    const answers: AuditAnswers = {
      'site.gate_width': 'na', 'inside.door_width': 1,
      'entrance.door_width@side': 1, 'entrance.stepfree_means@side': 'ramp', 'ramp.width@entrance:side': 0.78,
    };
    expect(matchNeeds(wheelchair({ doorWidthCm: 80 }), 'accessible', answers).checks[0]).toMatchObject({ outcome: 'unmet', measured: { key: 'ramp.width@entrance:side', cm: 78 } });
  });

  it('includes the lift door when the service is reached by lift, and the toilet door only when a toilet is needed', () => {
    const answers: AuditAnswers = {
      'site.gate_width': 1, 'entrance.door_width': 1, 'inside.door_width': 1,
      'inside.vertical_means': 'lift', 'inside.lift_door': 0.7, 'inside.lift_door@b': 0.85,
      'wc.public_provided': 'yes', 'wc.accessible_present': 'yes', 'wc.door_width': 0.75,
    };
    expect(matchNeeds(wheelchair({ doorWidthCm: 80 }), 'accessible', answers).checks[0]).toMatchObject({ outcome: 'met', measured: { key: 'inside.lift_door@b', cm: 85 } });
    const withToilet = matchNeeds(wheelchair({ doorWidthCm: 80, accessibleToilet: true }), 'accessible', answers);
    expect(withToilet.checks[0]).toMatchObject({ outcome: 'unmet', measured: { key: 'wc.door_width', cm: 75 } });
    expect(withToilet.checks[1]).toMatchObject({ need: 'toilet', outcome: 'met' });
  });
});

describe('step height', () => {
  const levelEntrance: AuditAnswers = { 'approach.kerb_height': 0.01, 'site.level_lips': 0.005, 'entrance.threshold': 0.02, 'inside.thresholds': 0.01, 'entrance.stepfree_means': 'not_needed' };

  it('is met when every lip and threshold is within the person’s step, naming the highest (threshold 2 cm ≤ 3 cm)', () => {
    expect(matchNeeds(wheelchair({ maxStepCm: 3 }), 'accessible', levelEntrance).checks[0]).toMatchObject({ outcome: 'met', requiredCm: 3, measured: { item: 'entrance.threshold', cm: 2 } });
  });

  it('fails on a 2 cm threshold for someone who can manage no step at all', () => {
    const verdict = matchNeeds(wheelchair({ maxStepCm: 0 }), 'conditional', levelEntrance);
    expect(verdict.checks[0]).toMatchObject({ outcome: 'unmet', measured: { cm: 2 } });
    expect(verdict.status).toBe('inaccessible');
  });

  it('counts the level change as steps only when there is no ramp or lift', () => {
    const stepsOnly = { ...levelEntrance, 'entrance.level_change': 0.3, 'entrance.stepfree_means': 'none' };
    expect(matchNeeds(wheelchair({ maxStepCm: 15 }), 'inaccessible', stepsOnly).checks[0]).toMatchObject({ outcome: 'unmet', measured: { item: 'entrance.level_change', cm: 30 } });
    const ramp = { ...stepsOnly, 'entrance.stepfree_means': 'ramp' };
    expect(matchNeeds(wheelchair({ maxStepCm: 15 }), 'accessible', ramp).checks[0].outcome).toBe('met');
    const notSaid = { ...stepsOnly, 'entrance.stepfree_means': null };
    expect(matchNeeds(wheelchair({ maxStepCm: 15 }), 'unknown', notSaid).checks[0].outcome).toBe('unknown');
  });

  it('prefers an entrance that fits both door and step over a wider one up a flight of steps', () => {
    const answers: AuditAnswers = {
      'approach.kerb_height': 0, 'site.level_lips': 0, 'inside.thresholds': 0, 'site.gate_width': 'na', 'inside.door_width': 0.9,
      'entrance.door_width': 1.2, 'entrance.threshold': 0, 'entrance.level_change': 0.45, 'entrance.stepfree_means': 'none',
      'entrance.door_width@yard': 0.85, 'entrance.threshold@yard': 0.01, 'entrance.level_change@yard': 0, 'entrance.stepfree_means@yard': 'not_needed',
    };
    const verdict = matchNeeds(wheelchair({ doorWidthCm: 80, maxStepCm: 2 }), 'accessible', answers);
    expect(verdict.checks.map((c) => [c.need, c.outcome, c.measured?.key])).toEqual([
      ['doorWidth', 'met', 'entrance.door_width@yard'],
      ['step', 'met', 'entrance.threshold@yard'],
    ]);
    expect(verdict.status).toBe('accessible');
  });
});

describe('toilet, hearing support and tactile guidance', () => {
  it('lowers an accessible facility to partially accessible when a needed service is missing', () => {
    const verdict = matchNeeds(wheelchair({ group: 'hearing', hearingSupport: true }), 'accessible', { 'service.hearing_loop': 'no', 'service.alt_communication': 'no' });
    expect(verdict.status).toBe('partial');
    expect(verdict.checks[0]).toEqual({
      need: 'hearing', outcome: 'unmet', requiredCm: null, measured: null,
      evidence: [{ key: 'service.hearing_loop', answer: 'no' }, { key: 'service.alt_communication', answer: 'no' }],
    });
  });

  it('accepts either a hearing loop or sign language / text communication', () => {
    expect(matchNeeds(wheelchair({ hearingSupport: true }), 'accessible', { 'service.hearing_loop': 'no', 'service.alt_communication': 'yes' }).checks[0].outcome).toBe('met');
    expect(matchNeeds(wheelchair({ hearingSupport: true }), 'accessible', { 'service.hearing_loop': 'no' }).checks[0].outcome).toBe('unknown');
  });

  it('never raises a verdict and keeps "with assistance" below "partially"', () => {
    const verdict = matchNeeds(wheelchair({ tactileGuidance: true }), 'conditional', { 'info.guidance': 'no' });
    expect(verdict.status).toBe('conditional');
  });

  it('toilet: none for visitors, none accessible, or every accessible cabin unusable is unmet', () => {
    const toilet = (answers: AuditAnswers) => matchNeeds(wheelchair({ accessibleToilet: true }), 'accessible', answers).checks[0].outcome;
    expect(toilet({ 'wc.public_provided': 'no' })).toBe('unmet');
    expect(toilet({ 'wc.public_provided': 'yes', 'wc.accessible_present': 'no' })).toBe('unmet');
    expect(toilet({ 'wc.accessible_present': 'yes', 'wc.usable': 'no', 'wc.usable@2': 'no' })).toBe('unmet');
    expect(toilet({ 'wc.accessible_present': 'yes', 'wc.usable': 'no', 'wc.usable@2': 'yes' })).toBe('met');
    expect(toilet({})).toBe('unknown');
  });
});

describe('a facility without an audit', () => {
  it('is unknown for every need and keeps its unknown verdict', () => {
    const everything = wheelchair({ doorWidthCm: 80, maxStepCm: 2, accessibleToilet: true, hearingSupport: true, tactileGuidance: true });
    const verdict = matchNeeds(everything, 'unknown', null);
    expect(verdict.status).toBe('unknown');
    expect(verdict.checks.map((c) => c.outcome)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('but a measured barrier is decisive even when the audit is incomplete', () => {
    expect(matchNeeds(wheelchair({ doorWidthCm: 80 }), 'unknown', { 'entrance.door_width': 0.6 }).status).toBe('inaccessible');
  });
});
