import { describe, expect, it } from 'vitest';
import { currentChecklist } from '../../../server/domain/checklist';
import { matchNeeds } from '../../../server/domain/needs/match-needs';
import { DEFAULT_PROFILE } from '../../../server/domain/needs/needs-profile';
import { answerText, lengthText, normText, requirementText } from './answer-text';
import { needLine } from './needs-lines';

const item = (id: string) => currentChecklist.items.find((i) => i.id === id)!;
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

describe('audit answers in words', () => {
  it('says lengths under a metre in centimetres and longer ones in metres, per language', () => {
    expect(nbsp(lengthText(0.75, 'en'))).toBe('75 cm');
    expect(nbsp(lengthText(0.014, 'ru'))).toBe('1,4 см');
    expect(nbsp(lengthText(1.5, 'kk'))).toBe('1,5 м');
  });

  it('turns numeric requirements into the reader’s units and leaves requirements in words out', () => {
    expect(nbsp(requirementText('≥ 0.9 m', 'en')!)).toBe('≥ 90 cm');
    expect(nbsp(requirementText('≤ 4 %', 'en')!)).toBe('≤ 4%');
    expect(nbsp(requirementText('0.45–0.50 m', 'ru')!)).toBe('45–50 см');
    expect(requirementText('not revolving only', 'en')).toBeNull();
    expect(requirementText(null, 'en')).toBeNull();
  });

  it('reads every kind of answer: choices, yes/no, numbers, parking and sizes', () => {
    expect(answerText(item('entrance.stepfree_means'), 'portable_ramp', currentChecklist, 'ru')).toBe('Переносной пандус по вызову');
    expect(answerText(item('service.hearing_loop'), 'no', currentChecklist, 'kk')).toBe('Жоқ');
    expect(nbsp(answerText(item('entrance.door_width'), 0.75, currentChecklist, 'en'))).toBe('75 cm');
    expect(answerText(item('approach.running_slope'), 6, currentChecklist, 'en')).toBe('6%');
    expect(answerText(item('site.parking_count'), { accessible: 1, total: 40 }, currentChecklist, 'en')).toBe('1 accessible of 40 spaces');
    expect(answerText(item('inside.lift_cabin'), { width: 1.1, depth: 1.3 }, currentChecklist, 'en')).toBe('1.1 × 1.3 m');
  });

  it('drops the English gloss from a norm reference', () => {
    expect(normText('SP RK 3.06-101-2012* 4.3.2.14 (door ≥ 0.9 m)')).toBe('SP RK 3.06-101-2012* 4.3.2.14');
    expect(normText(undefined)).toBeNull();
  });
});

describe('a need in a sentence', () => {
  it('"Entrance door: 75 cm; you need 80 cm."', () => {
    const [check] = matchNeeds({ ...DEFAULT_PROFILE, doorWidthCm: 80 }, 'accessible', { 'entrance.door_width': 0.75 }).checks;
    expect(needLine(check)).toBe('Entrance door: 75 cm; you need 80 cm.');
  });

  it('names the highest step that fits, and says what was not checked', () => {
    const answers = { 'approach.kerb_height': 0.01, 'site.level_lips': 0, 'entrance.threshold': 0.02, 'inside.thresholds': 0.01, 'entrance.stepfree_means': 'ramp' };
    const [step, toilet] = matchNeeds({ ...DEFAULT_PROFILE, maxStepCm: 3, accessibleToilet: true }, 'accessible', answers).checks;
    expect(needLine(step)).toBe('Low enough. Highest: Entrance threshold, 2 cm; you can manage 3 cm.');
    expect(needLine(toilet)).toBe('Accessible toilet: not checked.');
  });
});
