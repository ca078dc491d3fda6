import type { AnswerFields } from '../checklist';
import type { AnswerSheet } from './answer-sheet';
import { testItemCondition } from './conditions';
import type { Unit } from './instances';
import { CRITICAL, CRITICAL_ASSISTABLE, FALSE, NA, PASS, TRUE, type Outcome, type Truth } from './outcome';
import type { PreparedItem } from './prepare';

/**
 * Per group index: the item's outcome when every missing piece turns out well (`best`) and when it
 * turns out badly (`worst`), and the band that produced `best` (-1 if it passes). Only the item's
 * groups are written. Reused between calls.
 */
export interface ItemOutcomes {
  best: Outcome[];
  worst: Outcome[];
  band: number[];
  /** Scratch: whether each band of the item holds. */
  truths: Truth[];
}

export function newItemOutcomes(groups: number): ItemOutcomes {
  return { best: new Array(groups).fill(NA), worst: new Array(groups).fill(NA), band: new Array(groups).fill(-1), truths: [] };
}

/**
 * Rule B1 for one applicable item: each affected group gets its most severe matching band. A band
 * that depends on a missing field (a ramp slope without its rise) only worsens the worst case, and only
 * when it is critical: undecided minor failures, like unanswered minor items, do not change a status.
 * `bridged` says whether the answer an assistable band depends on holds (the stair-climber).
 */
export function evaluateBands(item: PreparedItem, fields: AnswerFields, bridged: Truth, out: ItemOutcomes): ItemOutcomes {
  const tests = item.bandTests;
  for (let b = 0; b < tests.length; b++) out.truths[b] = tests[b](fields);
  for (const g of item.groups) {
    let best: Outcome = PASS;
    let worst: Outcome = PASS;
    out.band[g] = -1;
    for (const gb of item.bands[g]) {
      const holds = out.truths[gb.index];
      if (holds === FALSE) continue;
      let bestCase: Outcome = gb.outcome;
      let worstCase: Outcome = gb.outcome;
      if (gb.assistItem && gb.outcome === CRITICAL_ASSISTABLE) {
        if (bridged !== TRUE) worstCase = CRITICAL;
        if (bridged === FALSE) bestCase = CRITICAL;
      }
      if (holds === TRUE) {
        if (bestCase > best) {
          best = bestCase;
          out.band[g] = gb.index;
        }
        if (worstCase > worst) worst = worstCase;
      } else if (worstCase >= CRITICAL_ASSISTABLE && worstCase > worst) {
        worst = worstCase;
      }
    }
    out.best[g] = best;
    out.worst[g] = worst;
  }
  return out;
}

/** An unanswered item passes in the best case and fails as badly as it can in the worst. */
export function unansweredOutcomes(item: PreparedItem, groups: number): ItemOutcomes {
  const out = newItemOutcomes(groups);
  for (const g of item.groups) {
    out.best[g] = PASS;
    out.worst[g] = item.worstUnanswered[g];
  }
  return out;
}

/** Rule B1 for one answered item at one instance; choice answers come precomputed (`fixedOutcomes`). */
export function evaluateItem(unit: Unit, fields: AnswerFields, sheet: AnswerSheet, out: ItemOutcomes): ItemOutcomes {
  const { item } = unit;
  const bridged = item.assist && unit.assist >= 0 ? testItemCondition(item.assist.condition, sheet.read(unit.assist)) : TRUE;
  return evaluateBands(item, fields, bridged, out);
}
