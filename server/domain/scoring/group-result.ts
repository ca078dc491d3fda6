import { ZONE_IDS, type ZoneId } from '../checklist';
import { chainStatus } from './chain-status';
import type { AuditEvaluation } from './evaluate-audit';
import { explainFailure, unknownItem } from './failures';
import type { Unit } from './instances';
import { granted, type MitigationStates } from './mitigations';
import { BEST, MIT_YES, S_NA, WORST, type Scenario, type StatusCode } from './outcome';
import { passportLevel, serviceForm } from './passport';
import type { PreparedChecklist } from './prepare';
import { groupScore } from './score';
import type { Estimate, Failure, GroupResult, Range, Status, UnknownItem, ZoneResult } from './types';
import type { ZoneOutcome } from './zone-status';
import type { ZoneTable } from './zones';

const STATUS_NAMES = ['na', 'inaccessible', 'conditional', 'partial', 'accessible'] as const;
const DOORSTEP = 0;
const FACILITY_ONLY = ZONE_IDS.indexOf('site');

interface GroupCase {
  status: StatusCode;
  score: number | null;
}

/** Known when both completions of the unanswered items agree; a group with no applicable zone is unknown. */
function resolved(best: StatusCode, worst: StatusCode): Status {
  return best === worst && best !== S_NA ? STATUS_NAMES[best as Exclude<StatusCode, typeof S_NA>] : 'unknown';
}

/** Estimates and settled ranges are shared, frozen objects: there are few distinct ones. */
const ESTIMATES = new Map<number, Estimate>();
const SETTLED_RANGES = new Map<Estimate, Range>();

function estimate(c: GroupCase): Estimate {
  const key = c.status * 1000 + (c.score ?? 999);
  let e = ESTIMATES.get(key);
  if (!e) ESTIMATES.set(key, (e = Object.freeze({ status: STATUS_NAMES[c.status], score: c.score }) as Estimate));
  return e;
}

function range(best: GroupCase, worst: GroupCase): Range | null {
  if (best.status === S_NA) return null;
  const w = estimate(worst);
  const b = estimate(best);
  if (b !== w) return { best: b, worst: w };
  let r = SETTLED_RANGES.get(w);
  if (!r) SETTLED_RANGES.set(w, (r = Object.freeze({ best: w, worst: w })));
  return r;
}

/** Known zone results are shared, frozen objects: an audit has 35 and most are alike. */
const KNOWN_ZONES = new Map<number, ZoneResult>();

function knownZone(status: StatusCode, score: number): ZoneResult {
  const key = status * 1000 + score;
  let result = KNOWN_ZONES.get(key);
  if (!result) KNOWN_ZONES.set(key, (result = Object.freeze({ status: STATUS_NAMES[status], score: status === S_NA ? null : score })));
  return result;
}

function zoneResult(best: ZoneOutcome, worst: ZoneOutcome): ZoneResult {
  if (best.status === worst.status) return knownZone(worst.status, worst.score);
  const score = worst.status === S_NA ? null : worst.score;
  const range = { best: { status: STATUS_NAMES[best.status], score: best.score }, worst: { status: STATUS_NAMES[worst.status], score } };
  return { status: 'unknown', score: null, range };
}

/** Rule B4 and the B6 group score for one group in one scenario, from `firstZone` on. */
function groupCase(prepared: PreparedChecklist, table: ZoneTable, mitigations: MitigationStates, g: number, s: Scenario, firstZone: number): GroupCase {
  const zones = table.outcomes[s][g];
  const status = chainStatus(zones, prepared.chain, granted(mitigations.remote, s), firstZone);
  return { status, score: groupScore(zones, prepared.weights, status, firstZone) };
}

/** Instance items explain a zone only for the instance it uses; facility-wide items always do. */
function inUse(unit: Unit, table: ZoneTable, g: number): boolean {
  return unit.slot < ZONE_IDS.length || table.chosen[g][unit.zone] === unit.slot;
}

/** The group's failures and open items, in checklist order (the order units are evaluated in). */
function explanation(evaluation: AuditEvaluation, table: ZoneTable, g: number): { failures: Failure[]; unknowns: UnknownItem[] } {
  const worstZones = table.outcomes[WORST][g];
  const failures: Failure[] = [];
  for (const f of evaluation.failures[g]) if (inUse(f.unit, table, g)) failures.push(explainFailure(f, worstZones[f.unit.zone].status));
  const unknowns: UnknownItem[] = [];
  for (const unit of evaluation.unknowns[g]) if (inUse(unit, table, g)) unknowns.push(unknownItem(unit));
  return { failures, unknowns };
}

/** Rules B4–B6 for one group: statuses, passport level, scores, zone results and the explanation. */
export function groupResult(prepared: PreparedChecklist, table: ZoneTable, evaluation: AuditEvaluation, mitigations: MitigationStates, g: number): GroupResult {
  // When nothing unanswered can matter, the best case is the worst case.
  const settled = table.settled[g] && granted(mitigations.remote, BEST) === granted(mitigations.remote, WORST);
  const worst = groupCase(prepared, table, mitigations, g, WORST, DOORSTEP);
  const facilityWorst = groupCase(prepared, table, mitigations, g, WORST, FACILITY_ONLY);
  const best = settled ? worst : groupCase(prepared, table, mitigations, g, BEST, DOORSTEP);
  const facilityBest = settled ? facilityWorst : groupCase(prepared, table, mitigations, g, BEST, FACILITY_ONLY);
  const status = resolved(best.status, worst.status);
  const facilityOnlyStatus = resolved(facilityBest.status, facilityWorst.status);
  const zones = {} as Record<ZoneId, ZoneResult>;
  for (let z = 0; z < ZONE_IDS.length; z++) zones[ZONE_IDS[z]] = zoneResult(table.outcomes[BEST][g][z], table.outcomes[WORST][g][z]);
  return {
    status,
    facilityOnlyStatus,
    code: passportLevel(status),
    serviceForm: serviceForm(status, mitigations.variantB === MIT_YES),
    score: status === 'unknown' ? null : worst.score,
    facilityOnlyScore: facilityOnlyStatus === 'unknown' ? null : facilityWorst.score,
    range: range(best, worst),
    zones,
    ...explanation(evaluation, table, g),
  };
}
