import type { AnswerFields, ItemCondition } from '../checklist';
import { testAll } from './conditions';
import { CRITICAL, CRITICAL_ASSISTABLE, NA, PASS, TRUE, UNDECIDED, type Outcome, type Truth } from './outcome';
import type { PreparedItem } from './prepare';

/**
 * Per group index: the item's outcome when every missing piece turns out well (`best`) and when it
 * turns out badly (`worst`), and the band that produced `best` (-1 if it passes). Reused between calls.
 */
export interface ItemOutcomes {
  best: Outcome[];
  worst: Outcome[];
  band: number[];
}

export function newItemOutcomes(groups: number): ItemOutcomes {
  return { best: new Array(groups).fill(NA), worst: new Array(groups).fill(NA), band: new Array(groups).fill(-1) };
}

/**
 * Rule B1 for one applicable item: each affected group gets its most severe matching band. A band
 * that depends on a missing field (a ramp slope without its rise) only worsens the worst case, and only
 * when it is critical: undecided minor failures, like unanswered minor items, do not change a status.
 * An unanswered item (`fields` null) passes in the best case and fails as badly as it can in the worst.
 */
export function evaluateItem(
  item: PreparedItem,
  fields: AnswerFields | null,
  assistance: (condition: ItemCondition) => Truth,
  out: ItemOutcomes,
): void {
  for (let g = 0; g < item.bands.length; g++) {
    out.band[g] = -1;
    if (!item.relevant[g]) {
      out.best[g] = out.worst[g] = NA;
      continue;
    }
    if (fields === null) {
      out.best[g] = PASS;
      out.worst[g] = item.worstUnanswered[g];
      continue;
    }
    let best: Outcome = PASS;
    let worst: Outcome = PASS;
    for (const gb of item.bands[g]) {
      const holds = testAll(gb.band.if, fields);
      if (holds !== TRUE && holds !== UNDECIDED) continue;
      let bestCase: Outcome = gb.outcome;
      let worstCase: Outcome = gb.outcome;
      if (gb.outcome === CRITICAL_ASSISTABLE && gb.band.assistableIf) {
        const bridged = assistance(gb.band.assistableIf);
        if (bridged !== TRUE) worstCase = CRITICAL;
        if (bridged !== TRUE && bridged !== UNDECIDED) bestCase = CRITICAL;
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
}
