import { describe, expect, it } from 'vitest';
import { currentChecklist, validateAnswers } from '../../../server/domain/scoring';
import type { AnswerSpec } from '../../../server/domain/checklist';
import { answerFromFields, fieldsFromAnswer } from './answer-form';
import { fromInput, inputUnit } from './answer-units';

const spec = (id: string): AnswerSpec => currentChecklist.items.find((i) => i.id === id)!.answer;

describe('measurements typed on the tablet', () => {
  it('takes widths and heights in centimetres and stores metres; walking distances stay in metres', () => {
    expect(inputUnit(spec('entrance.door_width') as Extract<AnswerSpec, { type: 'number' }>)).toBe('cm');
    expect(inputUnit(spec('entrance.threshold') as Extract<AnswerSpec, { type: 'number' }>)).toBe('cm');
    expect(inputUnit(spec('approach.stop_distance') as Extract<AnswerSpec, { type: 'number' }>)).toBe('m');
    expect(inputUnit(spec('approach.running_slope') as Extract<AnswerSpec, { type: 'number' }>)).toBe('%');
    expect(answerFromFields(spec('entrance.door_width'), { value: '85' })).toBe(0.85);
    expect(answerFromFields(spec('entrance.threshold'), { value: '1,5' })).toBe(0.015);
    expect(answerFromFields(spec('approach.stop_distance'), { value: '250' })).toBe(250);
    expect(fromInput('', 'cm')).toBeNull();
    expect(fromInput('abc', 'cm')).toBeNull();
  });

  it('builds compound answers the scoring module accepts, and only when the required parts are there', () => {
    const answers = {
      'site.parking_count': answerFromFields(spec('site.parking_count'), { accessible: '2', total: '40' }),
      'wc.cabin_size': answerFromFields(spec('wc.cabin_size'), { width: '180', depth: '190' }),
      'ramp.slope': answerFromFields(spec('ramp.slope'), { slope: '7', rise: '30' }),
      'ramp.run_length': answerFromFields(spec('ramp.run_length'), { length: '4.3', slope: '7' }),
      'entrance.steps_handrails': answerFromFields(spec('entrance.steps_handrails'), { steps: '3' }, 'none'),
    };
    expect(answers).toEqual({
      'site.parking_count': { accessible: 2, total: 40 },
      'wc.cabin_size': { width: 1.8, depth: 1.9 },
      'ramp.slope': { slope: 7, rise: 0.3 },
      'ramp.run_length': { length: 4.3, slope: 7 },
      'entrance.steps_handrails': { value: 'none', steps: 3 },
    });
    expect(validateAnswers(currentChecklist, { ...answers, 'wc.public_provided': 'yes', 'wc.accessible_present': 'yes', 'site.parking_provided': 'yes', 'entrance.level_change': 0.4, 'entrance.stepfree_means': 'ramp' })).toEqual([]);
    expect(answerFromFields(spec('site.parking_count'), { accessible: '2', total: '' })).toBeNull();
    expect(answerFromFields(spec('ramp.slope'), { slope: '4', rise: '' })).toEqual({ slope: 4 });
    expect(answerFromFields(spec('entrance.steps_handrails'), { steps: '' }, 'both')).toBe('both');
  });

  it('shows a stored answer back in the fields', () => {
    expect(fieldsFromAnswer(spec('entrance.door_width'), 0.85)).toEqual({ value: '85' });
    expect(fieldsFromAnswer(spec('ramp.slope'), { slope: 7, rise: 0.3 })).toEqual({ slope: '7', rise: '30' });
    expect(fieldsFromAnswer(spec('site.parking_count'), undefined)).toEqual({ accessible: '', total: '' });
  });
});
