import { ZONE_IDS, type ZoneId } from '../checklist';
import { chainStatus } from './chain-status';
import type { AuditEvaluation } from './evaluate-audit';
import { explainFailure, unknownItem } from './failures';
import { compareUnits, type Unit } from './instances';
import { granted, type MitigationStates } from './mitigations';
import { BEST, MIT_YES, S_NA, WORST, type StatusCode } from './outcome';
import { passportLevel, serviceForm } from './passport';
import type { PreparedChecklist } from './prepare';
import { groupScore } from './score';
import type { Estimate, GroupResult, Status, ZoneResult } from './types';
import type { ZoneOutcome } from './zone-status';
import type { ZoneTable } from './zones';

const STATUS_NAMES = ['na', 'inaccessible', 'conditional', 'partial', 'accessible'] as const;
const DOORSTEP = 0;
const FACILITY_ONLY = ZONE_IDS.indexOf('site');

/** Known when both completions of the unanswered items agree; a group with no applicable zone is unknown. */
function resolved(best: StatusCode, worst: StatusCode): Status {
  return best === worst && best !== S_NA ? STATUS_NAMES[best as Exclude<StatusCode, typeof S_NA>] : 'unknown';
}

function zoneResult(best: ZoneOutcome, worst: ZoneOutcome): ZoneResult {
  const name = (o: ZoneOutcome) => STATUS_NAMES[o.status];
  const score = (o: ZoneOutcome) => (o.status === S_NA ? null : o.score);
  if (best.status === worst.status) return { status: name(worst), score: score(worst) };
  return { status: 'unknown', score: null, range: { best: { status: name(best), score: score(best) }, worst: { status: name(worst), score: score(worst) } } };
}

const byChecklistOrder = (a: { unit: Unit }, b: { unit: Unit }) => compareUnits(a.unit, b.unit);

/** Rules B4–B6 for one group: statuses, passport level, scores, zone results and the explanation. */
export function groupResult(
  prepared: PreparedChecklist,
  table: ZoneTable,
  evaluation: AuditEvaluation,
  mitigations: MitigationStates,
  g: number,
): GroupResult {
  const scenario = (s: typeof BEST | typeof WORST, firstZone: number) => {
    const zones = table.outcomes[s][g];
    const status = chainStatus(zones, prepared.chain, granted(mitigations.remote, s), firstZone);
    return { status, score: groupScore(zones, prepared.weights, status, firstZone) };
  };
  const [best, worst] = [scenario(BEST, DOORSTEP), scenario(WORST, DOORSTEP)];
  const [facilityBest, facilityWorst] = [scenario(BEST, FACILITY_ONLY), scenario(WORST, FACILITY_ONLY)];
  const status = resolved(best.status, worst.status);
  const facilityOnlyStatus = resolved(facilityBest.status, facilityWorst.status);
  const estimate = (o: { status: StatusCode; score: number | null }) => ({ status: STATUS_NAMES[o.status], score: o.score }) as Estimate;

  const zones = {} as Record<ZoneId, ZoneResult>;
  ZONE_IDS.forEach((zone, z) => (zones[zone] = zoneResult(table.outcomes[BEST][g][z], table.outcomes[WORST][g][z])));
  // Instance items count only for the instance the zone uses; facility-wide items always count.
  const inUse = (unit: Unit) => unit.slot < ZONE_IDS.length || table.chosen[g][unit.zone] === unit.slot;
  const worstZones = table.outcomes[WORST][g];
  return {
    status,
    facilityOnlyStatus,
    code: passportLevel(status),
    serviceForm: serviceForm(status, mitigations.variantB === MIT_YES),
    score: status === 'unknown' ? null : worst.score,
    facilityOnlyScore: facilityOnlyStatus === 'unknown' ? null : facilityWorst.score,
    range: best.status === S_NA ? null : { best: estimate(best), worst: estimate(worst) },
    zones,
    failures: evaluation.failures
      .filter((f) => f.group === g && inUse(f.unit))
      .sort(byChecklistOrder)
      .map((f) => explainFailure(f, worstZones[f.unit.zone].status)),
    unknowns: evaluation.unknowns.filter((u) => u.group === g && inUse(u.unit)).sort(byChecklistOrder).map((u) => unknownItem(u.unit)),
  };
}
