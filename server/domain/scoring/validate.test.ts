import { describe, expect, it } from 'vitest';
import { currentChecklist } from '../checklist';
import { polyclinic } from './test-audits';
import { validateAnswers } from './validate';

const problems = (answers: unknown) => validateAnswers(currentChecklist, answers).map((p) => `${p.key} ${p.code}`);

describe('answer validation', () => {
  it('accepts a valid audit, partial ones included', () => {
    expect(validateAnswers(currentChecklist, polyclinic)).toEqual([]);
    expect(validateAnswers(currentChecklist, {})).toEqual([]);
    expect(validateAnswers(currentChecklist, { 'entrance.door_width': null, 'ramp.slope': 7 })).toEqual([]);
  });

  it('names unknown item ids', () => {
    expect(problems({ 'entrance.colour': 'red', 'entrance.door_width': 0.9 })).toEqual(['entrance.colour unknown_item']);
  });

  it('names wrong answer types', () => {
    expect(problems({ 'entrance.door_width': '0.9', 'approach.lighting': true, 'approach.surface': 'smooth', 'wc.grab_bars': 'yes' })).toEqual([
      'entrance.door_width wrong_type',
      'approach.lighting wrong_type',
      'approach.surface wrong_type',
      'wc.grab_bars wrong_type',
    ]);
    expect(problems({ 'site.parking_count': 4, 'wc.cabin_size': { width: 2, height: 2 }, 'ramp.run_length': { length: 3 } })).toEqual([
      'site.parking_count wrong_type',
      'wc.cabin_size wrong_type',
      'ramp.run_length wrong_type',
    ]);
  });

  it('names values outside physical sense', () => {
    expect(problems({ 'entrance.door_width': -0.9, 'approach.running_slope': 150, 'site.parking_count': { accessible: 5, total: 3 } })).toEqual([
      'entrance.door_width out_of_range',
      'approach.running_slope out_of_range',
      'site.parking_count out_of_range',
    ]);
    expect(problems({ 'wc.cabin_size': { width: 1.2, depth: 1.3, turningCircle: true } })).toEqual(['wc.cabin_size out_of_range']);
    expect(problems({ 'entrance.steps_handrails': { value: 'none', steps: 0 } })).toEqual(['entrance.steps_handrails out_of_range']);
  });

  it('names bad instance suffixes', () => {
    expect(problems({ 'approach.lighting@2': 'yes', 'entrance.door_width@Side Door': 0.9, 'ramp.slope@roof': 4, 'ramp.slope@entrance': 4 })).toEqual([
      'approach.lighting@2 bad_instance',
      'entrance.door_width@Side Door bad_instance',
      'ramp.slope@roof bad_instance',
      'ramp.slope@entrance bad_instance',
    ]);
    expect(problems({ 'ramp.slope@entrance:back': 4 })).toEqual(['ramp.slope@entrance:back bad_instance']);
    expect(problems({ 'entrance.door_width@back': 0.9, 'ramp.slope@entrance:back': 4 })).toEqual([]);
  });

  it('names failing answers that another answer makes not applicable, since they would be ignored', () => {
    expect(problems({ 'site.parking_provided': 'no', 'site.parking_count': { accessible: 0, total: 10 }, 'site.parking_marked': 'na' })).toEqual([
      'site.parking_count inconsistent',
    ]);
    expect(problems({ 'wc.public_provided': 'no', 'wc.signage': 'no' })).toEqual(['wc.signage inconsistent']);
    expect(problems({ 'entrance.stepfree_means': 'lift', 'ramp.slope': 9 })).toEqual(['ramp.slope inconsistent']);
    // a passing answer behind a closed gate is harmless: "not needed" with no level change
    expect(problems({ 'entrance.level_change': 0, 'entrance.stepfree_means': 'not_needed', 'wc.public_provided': 'no', 'wc.signage': 'yes' })).toEqual([]);
  });

  it('rejects anything but an object of answers', () => {
    expect(problems([1, 2])).toEqual([' wrong_type']);
    expect(problems('yes')).toEqual([' wrong_type']);
  });

  it('explains what to do in the message', () => {
    const [problem] = validateAnswers(currentChecklist, { 'site.parking_provided': 'no', 'site.parking_marked': 'no' });
    expect(problem.message).toMatch(/site\.parking_provided.*"na"/);
  });
});
