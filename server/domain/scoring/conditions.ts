import type { AnswerFields, Condition, ItemCondition, ReadAnswer } from '../checklist';
import { FALSE, TRUE, UNDECIDED, type Truth } from './outcome';

/** One comparison on a normalised answer; a missing field is undecided, a comparison of a non-number false. */
function test(c: Condition, fields: AnswerFields): Truth {
  const v = fields[c.field ?? 'value'];
  if (v === undefined) return UNDECIDED;
  if (c.eq !== undefined && v !== c.eq) return FALSE;
  if (c.in !== undefined && !c.in.includes(v as string)) return FALSE;
  const numeric = c.lt !== undefined || c.lte !== undefined || c.gt !== undefined || c.gte !== undefined;
  if (!numeric) return TRUE;
  if (typeof v !== 'number') return FALSE;
  if (c.lt !== undefined && !(v < c.lt)) return FALSE;
  if (c.lte !== undefined && !(v <= c.lte)) return FALSE;
  if (c.gt !== undefined && !(v > c.gt)) return FALSE;
  if (c.gte !== undefined && !(v >= c.gte)) return FALSE;
  return TRUE;
}

export type BandTest = (fields: AnswerFields) => Truth;

/** One condition as a function, built once per checklist: the common single comparisons get their own. */
function compileCondition(c: Condition): BandTest {
  const field = c.field ?? 'value';
  const only = Object.keys(c).filter((k) => k !== 'field');
  if (only.length === 1 && c.eq !== undefined) {
    const eq = c.eq;
    return (f) => (f[field] === undefined ? UNDECIDED : f[field] === eq ? TRUE : FALSE);
  }
  if (only.length === 1 && c.lt !== undefined) {
    const lt = c.lt;
    return (f) => {
      const v = f[field];
      return v === undefined ? UNDECIDED : typeof v === 'number' && v < lt ? TRUE : FALSE;
    };
  }
  if (only.length === 1 && c.gt !== undefined) {
    const gt = c.gt;
    return (f) => {
      const v = f[field];
      return v === undefined ? UNDECIDED : typeof v === 'number' && v > gt ? TRUE : FALSE;
    };
  }
  return (f) => test(c, f);
}

/** A band's conditions as one test, in three-valued logic: one false condition settles it, a missing field leaves it undecided. */
export function compileBand(conditions: readonly Condition[]): BandTest {
  const tests = conditions.map(compileCondition);
  if (tests.length === 1) return tests[0];
  return (fields) => {
    let result: Truth = TRUE;
    for (const t of tests) {
      const truth = t(fields);
      if (truth === FALSE) return FALSE;
      if (truth === UNDECIDED) result = UNDECIDED;
    }
    return result;
  };
}

/** A condition on another item's answer (a gate, or what makes a failure assistable); unanswered is undecided. */
export function testItemCondition(c: ItemCondition, answer: ReadAnswer): Truth {
  if (answer.kind === 'unanswered' || answer.kind === 'invalid') return UNDECIDED;
  if (answer.kind === 'na') return FALSE;
  const v = answer.fields.value;
  if (c.in !== undefined && !c.in.includes(v as string)) return FALSE;
  if (c.gt !== undefined && !(typeof v === 'number' && v > c.gt)) return FALSE;
  return TRUE;
}
