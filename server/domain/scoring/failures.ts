import { ZONE_IDS, type AnswerValue, type Band, type Condition, type ItemDefinition } from '../checklist';
import type { Unit } from './instances';
import { CRITICAL_ASSISTABLE, MINOR, S_CONDITIONAL, S_PARTIAL, type Outcome, type StatusCode } from './outcome';
import type { Failure, UnknownItem } from './types';

const FIELD_UNITS: Record<string, string> = { slope: '%', rise: 'm', length: 'm', short: 'm', long: 'm' };

function describeCondition(c: Condition, unit: string | undefined): string {
  const field = c.field && c.field !== 'value' ? `${c.field} ` : '';
  const u = (c.field ? FIELD_UNITS[c.field] : unit) ?? '';
  const num = (op: string, n: number) => `${field}${op} ${n}${u ? ` ${u}` : ''}`;
  if (c.eq !== undefined) return c.field && c.field !== 'value' ? `${c.field} = ${c.eq}` : c.eq;
  if (c.in !== undefined) return c.in.join(' or ');
  if (c.lt !== undefined) return num('<', c.lt);
  if (c.lte !== undefined) return num('≤', c.lte);
  if (c.gt !== undefined) return num('>', c.gt);
  return num('≥', c.gte ?? 0);
}

/** A failing band in words, language-neutral: "< 0.8 m", "slope > 5 %, rise > 0.8 m", "none, steps ≥ 3". */
export function describeBand(band: Band, item: ItemDefinition): string {
  const unit = item.answer.type === 'number' ? item.answer.unit : undefined;
  return band.if.map((c) => describeCondition(c, unit)).join(', ');
}

/** A definite failure found while evaluating, kept until the zones know which instance they use. */
export interface FailureRecord {
  unit: Unit;
  outcome: Outcome;
  band: number;
  value: AnswerValue;
}

/** Explains one failure; `zoneStatus` is the zone's status for the group, to tell how it was mitigated. */
export function explainFailure(record: FailureRecord, zoneStatus: StatusCode): Failure {
  const { unit, outcome } = record;
  const def = unit.item.def;
  const band = def.rules[record.band];
  const critical = outcome > MINOR;
  let mitigated: Failure['mitigated'] = null;
  if (critical && zoneStatus === S_CONDITIONAL && outcome === CRITICAL_ASSISTABLE) mitigated = 'assistance';
  if (critical && zoneStatus === S_PARTIAL) mitigated = 'dropoff';
  return {
    item: def.id,
    key: unit.key,
    instance: unit.item.kind ? unit.label : null,
    zone: ZONE_IDS[unit.zone],
    value: record.value,
    severity: critical ? 'critical' : 'minor',
    threshold: def.pass ?? null,
    band: unit.item.bandText[record.band],
    norm: band.norm ?? def.norm ?? null,
    assistable: outcome === CRITICAL_ASSISTABLE,
    mitigated,
  };
}

export function unknownItem(unit: Unit): UnknownItem {
  return { item: unit.item.def.id, key: unit.key, zone: ZONE_IDS[unit.zone] };
}
