import { GROUP_IDS, ZONE_IDS, type AnswerFields } from '../checklist';
import type { AnswerSheet } from './answer-sheet';
import type { AuditEvaluation } from './evaluate-audit';
import type { AuditLayout, Unit } from './instances';
import { CRITICAL_ASSISTABLE, FALSE, TRUE, UNDECIDED, type Truth } from './outcome';
import type { OsmTags, Status } from './types';

/**
 * The OpenStreetMap / Wheelmap export of rule B5 (decisions in docs/adr/0105): `wheelchair` from the
 * wheelchair route entrance → service (zones 2–4), `toilets:wheelchair` from the toilet cabins. A tag
 * is left out (null) when unanswered items could change it, so a guess is never published.
 */

const WHEELCHAIR = GROUP_IDS.indexOf('wheelchair');
const ENTRANCE = ZONE_IDS.indexOf('entrance');
const INSIDE = ZONE_IDS.indexOf('inside');
const SERVICE = ZONE_IDS.indexOf('service');
/** Wheelmap "limited": one step at most, not higher than 7 cm. */
const LOW_STEP = 0.07;
/** Wheelmap toilet: doorway at least 90 cm. */
const TOILET_DOOR = 0.9;

/** Reads the answer of `itemId` at instance `label` ('' = main); null when there is no such unit. */
function answerAt(layout: AuditLayout, sheet: AnswerSheet, itemId: string, label: string) {
  const unit = layout.index.get(label ? `${itemId}@${label}` : itemId);
  return unit === undefined ? null : sheet.read(unit);
}

/** Whether an answer meets `test`: undecided while unanswered, false when not applicable. */
function answerMeets(layout: AuditLayout, sheet: AnswerSheet, itemId: string, label: string, test: (f: AnswerFields) => boolean): Truth {
  const read = answerAt(layout, sheet, itemId, label);
  if (read?.kind === 'answer') return test(read.fields) ? TRUE : FALSE;
  return read?.kind === 'na' ? FALSE : UNDECIDED;
}

const measured = (layout: AuditLayout, sheet: AnswerSheet, itemId: string, label: string): number | null => {
  const read = answerAt(layout, sheet, itemId, label);
  return read?.kind === 'answer' && typeof read.fields.value === 'number' ? read.fields.value : null;
};

const THRESHOLD = 'entrance.threshold';
/** A failing ramp counts as absent: the level change it was to overcome is then a step. */
const isStep = (unit: Unit) => unit.item.kind === 'ramp' || unit.item.def.id === 'entrance.stepfree_means' || unit.item.def.id === THRESHOLD;

/**
 * Whether the entrance's only wheelchair barriers (`blocking`) are one step of at most 7 cm. Unanswered
 * heights and step counts take their best value in the best case (no step, one step) and their worst in
 * the worst; a level change with its flight answered "na" (no stairs) is one step.
 */
function oneLowStep(layout: AuditLayout, sheet: AnswerSheet, label: string, blocking: Unit[], best: boolean): boolean {
  if (!blocking.every(isStep)) return false;
  const unknown = best ? 0 : Infinity;
  let steps = 0;
  let highest = 0;
  if (blocking.some((u) => u.item.def.id !== THRESHOLD)) {
    const flight = answerAt(layout, sheet, 'entrance.steps_handrails', label);
    const counted = flight?.kind === 'answer' ? flight.fields.steps : undefined;
    steps += typeof counted === 'number' ? counted : flight?.kind === 'na' || best ? 1 : Infinity;
    highest = measured(layout, sheet, 'entrance.level_change', label) ?? unknown;
  }
  if (blocking.some((u) => u.item.def.id === THRESHOLD)) {
    steps += 1;
    highest = Math.max(highest, measured(layout, sheet, THRESHOLD, label) ?? unknown);
  }
  return steps <= 1 && highest <= LOW_STEP;
}

/** wheelchair=* when exactly `critical` units fail the wheelchair group critically. */
function wheelchairTag(layout: AuditLayout, sheet: AnswerSheet, critical: Unit[], best: boolean): 'yes' | 'limited' | 'no' {
  const route = critical.filter((u) => u.zone >= ENTRANCE && u.zone <= SERVICE);
  const blocked = new Set(route.map((u) => u.slot));
  const slotsOf = (kind: 'entrance' | 'lift') => layout.slots.flatMap((slot, index) => (slot.kind === kind ? [index] : []));
  const [entrances, lifts] = [slotsOf('entrance'), slotsOf('lift')];
  // Facility-wide items of zones 2–4 and the best lift (rule B2): the way on from any entrance.
  const onward = ![ENTRANCE, INSIDE, SERVICE].some((z) => blocked.has(z)) && (lifts.length === 0 || lifts.some((l) => !blocked.has(l)));
  if (!onward) return 'no';
  if (entrances.some((e) => !blocked.has(e))) return 'yes';
  const limited = entrances.some((e) =>
    oneLowStep(layout, sheet, layout.slots[e].label, route.filter((u) => u.slot === e), best),
  );
  return limited ? 'limited' : 'no';
}

function toiletsTag(layout: AuditLayout, sheet: AnswerSheet): OsmTags['toiletsWheelchair'] {
  const provided = answerAt(layout, sheet, 'wc.public_provided', '');
  if (provided?.kind !== 'answer' || provided.fields.value !== 'yes') return null;
  const present = answerMeets(layout, sheet, 'wc.accessible_present', '', (f) => f.value === 'yes');
  if (present === FALSE) return 'no';
  let any: Truth = FALSE;
  for (const slot of layout.slots) {
    if (slot.kind !== 'cabin') continue;
    const criteria = [
      answerMeets(layout, sheet, 'wc.usable', slot.label, (f) => f.value === 'yes'),
      answerMeets(layout, sheet, 'wc.door_width', slot.label, (f) => typeof f.value === 'number' && f.value >= TOILET_DOOR),
      answerMeets(layout, sheet, 'wc.cabin_size', slot.label, (f) => f.turning === 'yes'),
      answerMeets(layout, sheet, 'wc.grab_bars', slot.label, (f) => f.value === 'both'),
    ];
    const cabin = criteria.includes(FALSE) ? FALSE : criteria.includes(UNDECIDED) ? UNDECIDED : TRUE;
    if (cabin === TRUE) any = TRUE;
    else if (cabin === UNDECIDED && any === FALSE) any = UNDECIDED;
  }
  if (present === TRUE && any === TRUE) return 'yes';
  return any === FALSE ? 'no' : null;
}

/**
 * The tags of one scored audit. `wheelchairStatus` is the group's doorstep-to-doorstep status: while it
 * is unknown, wheelchair=* is not exported (rule B5).
 *
 * @example
 * osmTags(layout, sheet, evaluation, 'partial') // { wheelchair: 'yes', toiletsWheelchair: 'yes' } for example 5
 */
export function osmTags(layout: AuditLayout, sheet: AnswerSheet, evaluation: AuditEvaluation, wheelchairStatus: Status): OsmTags {
  let wheelchair: OsmTags['wheelchair'] = null;
  if (wheelchairStatus !== 'unknown') {
    const definite: Unit[] = [];
    for (const f of evaluation.failures[WHEELCHAIR]) if (f.outcome >= CRITICAL_ASSISTABLE) definite.push(f.unit);
    const open = evaluation.unknowns[WHEELCHAIR];
    const worst = wheelchairTag(layout, sheet, open.length ? [...definite, ...open] : definite, false);
    // Unanswered items only make the tag worse, so the two cases bound every completion of the audit.
    const best = wheelchairTag(layout, sheet, definite, true);
    wheelchair = best === worst ? worst : null;
  }
  return { wheelchair, toiletsWheelchair: toiletsTag(layout, sheet) };
}
