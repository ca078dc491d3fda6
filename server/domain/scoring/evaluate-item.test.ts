import { describe, expect, it } from 'vitest';
import { currentChecklist, type AuditAnswers } from '../checklist';
import { scoreAudit } from './score-audit';
import { polyclinic, scorePolyclinicWith } from './test-audits';

/** Rule B1 with the D clarifications: which band fails which group, assistable failures, unknowns. */
const score = scorePolyclinicWith;
const failure = (changes: AuditAnswers, group: 'wheelchair' | 'mobility' | 'vision', item: string, drop: string[] = []) =>
  score(changes, drop).groups[group].failures.find((f) => f.item === item);

describe('item evaluation (B1)', () => {
  it('grades a measured value against the norm and the hard threshold', () => {
    expect(failure({ 'entrance.door_width': 0.85 }, 'wheelchair', 'entrance.door_width')).toMatchObject({ severity: 'minor', band: '< 0.9 m', threshold: '≥ 0.9 m', value: 0.85 });
    expect(failure({ 'entrance.door_width': 0.85 }, 'mobility', 'entrance.door_width')).toMatchObject({ severity: 'minor' });
    const narrow = failure({ 'entrance.door_width': 0.75 }, 'wheelchair', 'entrance.door_width');
    expect(narrow).toMatchObject({ severity: 'critical', band: '< 0.8 m', norm: { confidence: 'confirmed-secondary' } });
    // D1: the hard band names W only, so a 0.75 m door is still a minor failure for M
    expect(failure({ 'entrance.door_width': 0.75 }, 'mobility', 'entrance.door_width')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'entrance.door_width': 0.9 }, 'wheelchair', 'entrance.door_width')).toBeUndefined();
  });

  it('applies a band that names groups to those groups only (D1)', () => {
    const ramp7 = { 'ramp.slope': { slope: 7, rise: 0.3 } };
    expect(failure(ramp7, 'wheelchair', 'ramp.slope')).toMatchObject({ severity: 'minor' });
    expect(failure(ramp7, 'mobility', 'ramp.slope')).toBeUndefined();
    expect(failure({ 'approach.kerb_height': 0.02 }, 'wheelchair', 'approach.kerb_height')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'approach.kerb_height': 0.02 }, 'mobility', 'approach.kerb_height')).toBeUndefined();
    expect(failure({ 'approach.kerb_height': 0.05 }, 'mobility', 'approach.kerb_height')).toMatchObject({ severity: 'minor' });
  });

  it('allows 5–8 % only for a run rising at most 0.8 m, and never beyond 8 %', () => {
    expect(failure({ 'ramp.slope': { slope: 7, rise: 1 } }, 'wheelchair', 'ramp.slope')).toMatchObject({ severity: 'critical', band: 'slope > 5 %, rise > 0.8 m' });
    expect(failure({ 'ramp.slope': { slope: 9, rise: 0.3 } }, 'wheelchair', 'ramp.slope')).toMatchObject({ severity: 'critical', band: 'slope > 8 %' });
    expect(failure({ 'ramp.slope': { slope: 9, rise: 0.3 } }, 'mobility', 'ramp.slope')).toMatchObject({ severity: 'minor' });
  });

  it('treats a slope measured without its rise as possibly critical: the zone is unknown, not passed', () => {
    const result = score({ 'ramp.slope': 7 });
    expect(result.groups.wheelchair.zones.entrance.status).toBe('unknown');
    expect(result.groups.wheelchair.failures.find((f) => f.item === 'ramp.slope')).toMatchObject({ severity: 'minor' });
    expect(result.groups.wheelchair.unknowns.map((u) => u.item)).toEqual(['ramp.slope']);
    expect(score({ 'ramp.slope': 4 }).groups.wheelchair.zones.entrance.status).toBe('accessible');
  });

  it('checks a ramp run against the length allowed for its slope', () => {
    expect(failure({ 'ramp.run_length': { length: 10, slope: 5 } }, 'wheelchair', 'ramp.run_length')).toBeUndefined();
    expect(failure({ 'ramp.run_length': { length: 10, slope: 6 } }, 'wheelchair', 'ramp.run_length')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'ramp.run_length': { length: 14, slope: 3 } }, 'mobility', 'ramp.run_length')).toBeUndefined();
  });

  it('checks parking against max(1, 10 % of spaces)', () => {
    expect(failure({ 'site.parking_count': { accessible: 4, total: 40 } }, 'wheelchair', 'site.parking_count')).toBeUndefined();
    expect(failure({ 'site.parking_count': { accessible: 3, total: 40 } }, 'wheelchair', 'site.parking_count')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'site.parking_count': { accessible: 0, total: 5 } }, 'mobility', 'site.parking_count')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'site.parking_count': { accessible: 1, total: 5 } }, 'mobility', 'site.parking_count')).toBeUndefined();
  });

  it('judges cabin sizes on their shorter and longer side, and the 1.5 m turning circle', () => {
    expect(failure({ 'wc.cabin_size': { width: 2.25, depth: 2.2 } }, 'wheelchair', 'wc.cabin_size')).toBeUndefined();
    expect(failure({ 'wc.cabin_size': { width: 1.8, depth: 1.9 } }, 'wheelchair', 'wc.cabin_size')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'wc.cabin_size': { width: 1.4, depth: 2.2 } }, 'wheelchair', 'wc.cabin_size')).toMatchObject({ severity: 'critical' });
    expect(failure({ 'wc.cabin_size': { width: 1.6, depth: 1.7, turningCircle: false } }, 'wheelchair', 'wc.cabin_size')).toMatchObject({ severity: 'critical' });
    expect(failure({ 'inside.lift_cabin': { width: 1.0, depth: 1.3 } }, 'wheelchair', 'inside.lift_cabin')).toMatchObject({ severity: 'minor' });
    expect(failure({ 'inside.lift_cabin': { width: 0.9, depth: 1.3 } }, 'wheelchair', 'inside.lift_cabin')).toMatchObject({ severity: 'critical' });
  });

  it('grades handrails on stairs by the step count (D2)', () => {
    const steps = (value: string, n?: number) => ({ 'entrance.steps_handrails': n === undefined ? value : { value, steps: n } });
    expect(failure(steps('one', 4), 'mobility', 'entrance.steps_handrails')).toMatchObject({ severity: 'minor' });
    expect(failure(steps('one', 4), 'vision', 'entrance.steps_handrails')).toMatchObject({ severity: 'minor' });
    expect(failure(steps('none', 2), 'mobility', 'entrance.steps_handrails')).toMatchObject({ severity: 'minor' });
    expect(failure(steps('none', 3), 'mobility', 'entrance.steps_handrails')).toMatchObject({ severity: 'critical', assistable: true });
    expect(failure(steps('none', 3), 'vision', 'entrance.steps_handrails')).toMatchObject({ severity: 'minor' });
    // without the step count, "none" could be critical: the entrance is unknown for mobility
    expect(score(steps('none')).groups.mobility.zones.entrance.status).toBe('unknown');
  });

  it('marks portable ramps and stair-climbers as assistable, "none" as blocking', () => {
    const means = (m: string) => failure({ 'entrance.stepfree_means': m }, 'wheelchair', 'entrance.stepfree_means', ['ramp.']);
    expect(means('portable_ramp')).toMatchObject({ severity: 'critical', assistable: true });
    expect(means('stair_climber')).toMatchObject({ severity: 'critical', assistable: true });
    expect(means('none')).toMatchObject({ severity: 'critical', assistable: false });
    expect(means('lift')).toBeUndefined();
  });

  it('lets the stair-climber bridge a missing step-free route inside, and nothing else', () => {
    const inside = (means: string) => failure({ 'inside.route_stepfree': 'no', 'inside.vertical_means': means }, 'wheelchair', 'inside.route_stepfree', ['inside.lift_']);
    expect(inside('stair_climber')).toMatchObject({ assistable: true });
    expect(inside('none')).toMatchObject({ assistable: false });
  });

  it('never counts an unanswered item as passed', () => {
    const result = score({}, ['entrance.door_width']);
    expect(result.groups.wheelchair.zones.entrance).toMatchObject({ status: 'unknown', score: null });
    expect(result.groups.wheelchair.status).toBe('unknown');
    expect(result.groups.wheelchair.code).toBeNull();
    // door width is only minor for M: an unanswered minor item leaves the status, lowers completeness
    expect(result.groups.mobility.status).toBe('accessible');
    expect(result.completeness.answered).toBe(result.completeness.applicable - 1);
  });

  it('treats an answer of the wrong type as unanswered when scoring', () => {
    const result = scoreAudit(currentChecklist, { ...polyclinic, 'entrance.door_width': 'wide' as unknown as number });
    expect(result.groups.wheelchair.zones.entrance.status).toBe('unknown');
  });
});
