import { describe, expect, it } from 'vitest';
import { currentChecklist, type AuditAnswers } from '../checklist';
import { scoreAudit } from './score-audit';
import { polyclinic, variant } from './test-audits';
import { validateAnswers } from './validate';

/** Rule B2: element instances; a zone uses, per group, the instance that serves that group best. */
const stepsOnly: AuditAnswers = { 'entrance.level_change': 0.45, 'entrance.stepfree_means': 'none', 'entrance.steps_handrails': { value: 'both', steps: 3 } };
const sideEntrance: AuditAnswers = Object.fromEntries(
  Object.entries(polyclinic)
    .filter(([k]) => k.startsWith('entrance.') && !['entrance.call_button', 'entrance.alt_entrance_sign'].includes(k))
    .map(([k, v]) => [`${k}@side`, v]),
);
const sideRamp: AuditAnswers = Object.fromEntries(Object.entries(polyclinic).filter(([k]) => k.startsWith('ramp.')).map(([k, v]) => [`${k}@entrance:side`, v]));
const twoEntrances = (changes: AuditAnswers = {}) => variant(polyclinic, ['ramp.'], { ...stepsOnly, ...sideEntrance, ...sideRamp, ...changes });

describe('element instances (B2)', () => {
  it('uses an accessible side entrance when the main one has only steps', () => {
    const answers = twoEntrances({ 'entrance.alt_entrance_sign': 'yes' });
    expect(validateAnswers(currentChecklist, answers)).toEqual([]);
    const result = scoreAudit(currentChecklist, answers);
    expect(result.groups.wheelchair.zones.entrance).toEqual({ status: 'accessible', score: 100 });
    expect(result.groups.wheelchair.failures).toEqual([]);
    expect(result.registryCode).toBe('ДП-В');
  });

  it('gives the zone the sign item’s minor failure when the side entrance is not signed', () => {
    const result = scoreAudit(currentChecklist, twoEntrances({ 'entrance.alt_entrance_sign': 'no' }));
    expect(result.groups.wheelchair.zones.entrance).toEqual({ status: 'partial', score: 90 });
    expect(result.groups.intellectual.zones.entrance).toEqual({ status: 'partial', score: 90 });
    expect(result.groups.wheelchair.failures.map((f) => f.item)).toEqual(['entrance.alt_entrance_sign']);
  });

  it('chooses per group: the best entrance for one group may not be the best for another', () => {
    // the side entrance has a revolving door only: fine for the deaf, not for wheelchairs
    const result = scoreAudit(currentChecklist, twoEntrances({ 'entrance.alt_entrance_sign': 'yes', 'entrance.door_type@side': 'revolving_only', 'entrance.intercom': 'no' }));
    expect(result.groups.wheelchair.zones.entrance.status).toBe('inaccessible');
    expect(result.groups.hearing.zones.entrance.status).toBe('na'); // the side door has no intercom at all
    const failures = result.groups.wheelchair.failures.map((f) => `${f.key}`);
    expect(failures.some((k) => k === 'entrance.stepfree_means' || k === 'entrance.door_type@side')).toBe(true);
  });

  it('judges a side entrance’s ramp with that entrance', () => {
    const result = scoreAudit(currentChecklist, twoEntrances({ 'entrance.alt_entrance_sign': 'yes', 'ramp.slope@entrance:side': { slope: 7, rise: 0.5 } }));
    expect(result.groups.wheelchair.zones.entrance).toEqual({ status: 'partial', score: 90 });
    expect(result.groups.wheelchair.failures.find((f) => f.key === 'ramp.slope@entrance:side')).toMatchObject({ instance: 'entrance:side', zone: 'entrance' });
  });

  it('counts a ramp on the site path in the site zone, next to the site items', () => {
    const result = scoreAudit(currentChecklist, { ...polyclinic, 'ramp.slope@site': { slope: 4, rise: 0.3 } });
    expect(result.groups.wheelchair.zones.site.status).toBe('unknown'); // the other items of that ramp are unanswered
    const answered = Object.fromEntries(Object.entries(polyclinic).filter(([k]) => k.startsWith('ramp.')).map(([k, v]) => [`${k}@site`, v]));
    const steep = scoreAudit(currentChecklist, { ...polyclinic, ...answered, 'ramp.slope@site': { slope: 9, rise: 0.3 } });
    expect(steep.groups.wheelchair.zones.site.status).toBe('inaccessible');
    expect(steep.groups.wheelchair.failures.find((f) => f.key === 'ramp.slope@site')).toMatchObject({ zone: 'site', instance: 'site' });
  });

  it('uses the best of several toilet cabins and lifts', () => {
    const result = scoreAudit(currentChecklist, {
      ...polyclinic,
      'wc.cabin_size': { width: 1.4, depth: 1.6 },
      'wc.usable@second': 'yes', 'wc.cabin_size@second': { width: 2.3, depth: 2.3 }, 'wc.door_width@second': 0.9, 'wc.door_swing@second': 'yes',
      'wc.transfer_space@second': 0.8, 'wc.grab_bars@second': 'both', 'wc.seat_height@second': 0.48, 'wc.washbasin@second': 'yes',
      'wc.alarm@second': 'yes', 'wc.alarm_visual@second': 'yes',
      'inside.lift_in_service': 'no', 'inside.lift_in_service@b': 'yes', 'inside.lift_cabin@b': { width: 1.1, depth: 1.4 }, 'inside.lift_door@b': 0.9,
      'inside.lift_controls@b': 'yes', 'inside.lift_announce@b': 'yes', 'inside.lift_display@b': 'yes',
    });
    expect(result.groups.wheelchair.zones.sanitary).toEqual({ status: 'accessible', score: 100 });
    expect(result.groups.wheelchair.zones.inside).toEqual({ status: 'accessible', score: 100 });
    expect(result.groups.wheelchair.failures).toEqual([]);
  });

  it('compares several instances on their true worst case: an open minor item keeps the zone open', () => {
    const open = twoEntrances({ 'entrance.alt_entrance_sign': 'yes', 'entrance.door_force@side': undefined });
    expect(scoreAudit(currentChecklist, open).groups.wheelchair.zones.entrance).toEqual({
      status: 'unknown',
      score: null,
      range: { best: { status: 'accessible', score: 100 }, worst: { status: 'partial', score: 90 } },
    });
    // with one entrance, an unanswered minor item does not change the status (B3-5)
    expect(scoreAudit(currentChecklist, variant(polyclinic, ['entrance.door_force'], {})).groups.wheelchair.zones.entrance.status).toBe('accessible');
  });

  it('ignores an empty main instance when only labelled instances are described', () => {
    const answers = variant(polyclinic, ['entrance.', 'ramp.'], { ...sideEntrance, ...sideRamp, 'entrance.call_button': 'yes', 'entrance.alt_entrance_sign': 'na' });
    expect(scoreAudit(currentChecklist, answers).groups.wheelchair.zones.entrance.status).toBe('accessible');
  });
});
