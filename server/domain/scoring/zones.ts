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
}

/**
 * Rules B2 and B3 for every zone, group and scenario: a zone with element instances takes, per group,
 * the instance that gives it the best outcome, together with the zone's facility-wide items. The zone
 * is known only when the best case over all instances equals the worst case over all instances.
 */
export function zoneTable(layout: AuditLayout, tallies: Tallies, mitigations: MitigationStates, groups: number): ZoneTable {
  const candidates: number[][] = [[], [], [], [], [], [], []];
  for (let index = 0; index < layout.slots.length; index++) {
    const slot = layout.slots[index];
    if (slot.kind) candidates[slot.zone].push(index);
  }
  const outcomes: ZoneOutcome[][][] = [];
  const chosen: number[][] = [];
  for (const scenario of [BEST, WORST] as Scenario[]) {
    const assistance = granted(mitigations.callButton, scenario) && granted(mitigations.escort, scenario);
    const dropoff = granted(mitigations.dropoff, scenario);
    const byGroup: ZoneOutcome[][] = [];
    for (let g = 0; g < groups; g++) {
      const zones: ZoneOutcome[] = [];
      const picks: number[] = [];
      for (let z = 0; z < ZONE_IDS.length; z++) {
        const droppedOff = dropoff && z === APPROACH && g <= MOBILITY;
        let best = candidates[z].length ? null : zoneOutcome(tallies, z, -1, g, scenario, assistance, droppedOff);
        let pick = -1;
        // Instances are compared on their true worst case, so a better-answered one cannot hide a worse-answered one.
        const strict = candidates[z].length > 1;
        for (const instance of candidates[z]) {
          const outcome = zoneOutcome(tallies, z, instance, g, scenario, assistance, droppedOff, strict);
          if (best === null || isBetter(outcome, best)) {
            best = outcome;
            pick = instance;
          }
        }
        zones.push(best as ZoneOutcome);
        picks.push(pick);
      }
      byGroup.push(zones);
      if (scenario === WORST) chosen.push(picks);
    }
    outcomes.push(byGroup);
  }
  return { outcomes, chosen };
}
