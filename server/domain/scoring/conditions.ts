import type { AnswerFields, Condition, ItemCondition, ReadAnswer } from '../checklist';
import { FALSE, TRUE, UNDECIDED, type Truth } from './outcome';

function test(c: Condition, fields: AnswerFields): Truth {
  const v = fields[c.field ?? 'value'];
  if (v === undefined) return UNDECIDED;
  if (c.eq !== undefined && v !== c.eq) return FALSE;
  if (c.in !== undefined && !c.in.includes(v as string)) return FALSE;
  if (typeof v === 'number') {
    if (c.lt !== undefined && !(v < c.lt)) return FALSE;
    if (c.lte !== undefined && !(v <= c.lte)) return FALSE;
    if (c.gt !== undefined && !(v > c.gt)) return FALSE;
    if (c.gte !== undefined && !(v >= c.gte)) return FALSE;
  }
  return TRUE;
}

/** All conditions of a band, in three-valued logic: one false condition settles it, a missing field leaves it undecided. */
export function testAll(conditions: readonly Condition[], fields: AnswerFields): Truth {
  let result: Truth = TRUE;
  for (const c of conditions) {
    const t = test(c, fields);
    if (t === FALSE) return FALSE;
    if (t === UNDECIDED) result = UNDECIDED;
  }
  return result;
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
