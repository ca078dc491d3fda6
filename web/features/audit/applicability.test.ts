import { describe, expect, it } from 'vitest';
import { currentChecklist, validateAnswers } from '../../../server/domain/scoring';
import { askedAnswers, isAsked } from './applicability';

const item = (id: string) => currentChecklist.items.find((i) => i.id === id)!;

describe('questions that do not apply disappear', () => {
  it('asks the ramp questions only when the entrance has a ramp, and keeps them while that is unanswered', () => {
    expect(isAsked(currentChecklist, item('ramp.slope'), {})).toBe(true);
    expect(isAsked(currentChecklist, item('ramp.slope'), { 'entrance.stepfree_means': 'ramp' })).toBe(true);
    expect(isAsked(currentChecklist, item('ramp.slope'), { 'entrance.stepfree_means': 'lift' })).toBe(false);
    expect(isAsked(currentChecklist, item('wc.cabin_size'), { 'wc.public_provided': 'no' })).toBe(false);
  });

  it('drops answers under a closed gate, through chains of gates, so the audit validates', () => {
    // The inspector first noted a step without a way round, then measured it as level.
    const answers = { 'entrance.level_change': 0.01, 'entrance.stepfree_means': 'none', 'entrance.door_width': 0.9 };
    expect(validateAnswers(currentChecklist, answers).map((p) => p.code)).toContain('inconsistent');
    const asked = askedAnswers(currentChecklist, answers);
    expect(asked).toEqual({ 'entrance.level_change': 0.01, 'entrance.door_width': 0.9 });
    expect(validateAnswers(currentChecklist, asked)).toEqual([]);
    // No step → the means question closes → the ramp questions close with it.
    const chained = askedAnswers(currentChecklist, { 'entrance.level_change': 0.01, 'entrance.stepfree_means': 'ramp', 'ramp.slope': 12 });
    expect(chained).toEqual({ 'entrance.level_change': 0.01 });
  });
});
