import { ZONE_IDS } from '../checklist';
import type { AuditLayout } from './instances';
import { granted, type MitigationStates } from './mitigations';
import { BEST, WORST, type Scenario } from './outcome';
import type { Tallies } from './tally';
import { isBetter, zoneOutcome, type ZoneOutcome } from './zone-status';

const APPROACH = ZONE_IDS.indexOf('approach');
/** The drop-off point helps (B3-2b) wheelchair (0) and mobility (1). */
const MOBILITY = 1;

export interface ZoneTable {
  /** [scenario][group][zone] */
  outcomes: ZoneOutcome[][][];
  /** [group][zone]: the instance slot the worst case uses, -1 for zones without instances. */
  chosen: number[][];
  /** [group]: nothing unanswered can change any zone of the group (both cases are the same objects). */
  settled: boolean[];
}

/** The instance `bestInstance` chose last (reused holder: zone tables are built one at a time). */
const picked = { instance: -1 };

/** One zone for one group and case: the instance giving the best outcome (B2), or the zone alone. */
function bestInstance(tallies: Tallies, candidates: readonly number[], z: number, g: number, scenario: Scenario, assistance: boolean, dropoff: boolean): ZoneOutcome {
  picked.instance = -1;
  if (candidates.length === 0) return zoneOutcome(tallies, z, -1, g, scenario, assistance, dropoff);
  // Instances are compared on their true worst case, so a better-answered one cannot hide a worse-answered one.
  const strict = candidates.length > 1;
  let best: ZoneOutcome | null = null;
  for (const instance of candidates) {
    const outcome = zoneOutcome(tallies, z, instance, g, scenario, assistance, dropoff, strict);
    if (best === null || isBetter(outcome, best)) {
      best = outcome;
      picked.instance = instance;
    }
  }
  return best as ZoneOutcome;
}

/** Whether a mitigation answer is the same in both cases (answered). */
const resolved = (state: MitigationStates[keyof MitigationStates]) => granted(state, BEST) === granted(state, WORST);

function settledZone(tallies: Tallies, candidates: readonly number[], z: number, g: number): boolean {
  if (candidates.length === 0) return tallies.settled(z, -1, g, false);
  for (const instance of candidates) if (!tallies.settled(z, instance, g, candidates.length > 1)) return false;
  return true;
}

/**
 * Rules B2 and B3 for every zone, group and case: a zone with element instances takes, per group,
 * the instance that gives it the best outcome, together with the zone's facility-wide items. The zone
 * is known only when the best case over all instances equals the worst case over all instances. The
 * best case is computed only where unanswered items or mitigations could make it differ.
 */
export function zoneTable(layout: AuditLayout, tallies: Tallies, mitigations: MitigationStates, groups: number): ZoneTable {
  const candidates: number[][] = [[], [], [], [], [], [], []];
  for (let index = 0; index < layout.slots.length; index++) {
    const slot = layout.slots[index];
    if (slot.kind) candidates[slot.zone].push(index);
  }
  const mitigationsSettled = resolved(mitigations.callButton) && resolved(mitigations.escort) && resolved(mitigations.dropoff);
  const worstCase: ZoneOutcome[][] = [];
  const bestCase: ZoneOutcome[][] = [];
  const chosen: number[][] = [];
  const settled: boolean[] = [];
  const worstAssistance = granted(mitigations.callButton, WORST) && granted(mitigations.escort, WORST);
  const bestAssistance = granted(mitigations.callButton, BEST) && granted(mitigations.escort, BEST);
  const worstDropoff = granted(mitigations.dropoff, WORST);
  const bestDropoff = granted(mitigations.dropoff, BEST);
  for (let g = 0; g < groups; g++) {
    const worstZones: ZoneOutcome[] = [];
    const bestZones: ZoneOutcome[] = [];
    const picks: number[] = [];
    let groupSettled = mitigationsSettled;
    for (let z = 0; z < ZONE_IDS.length; z++) {
      const dropoffApplies = z === APPROACH && g <= MOBILITY;
      const worst = bestInstance(tallies, candidates[z], z, g, WORST, worstAssistance, worstDropoff && dropoffApplies);
      worstZones.push(worst);
      picks.push(picked.instance);
      if (mitigationsSettled && settledZone(tallies, candidates[z], z, g)) {
        bestZones.push(worst);
      } else {
        groupSettled = false;
        bestZones.push(bestInstance(tallies, candidates[z], z, g, BEST, bestAssistance, bestDropoff && dropoffApplies));
      }
    }
    worstCase.push(worstZones);
    bestCase.push(bestZones);
    chosen.push(picks);
    settled.push(groupSettled);
  }
  return { outcomes: [bestCase, worstCase], chosen, settled };
}
