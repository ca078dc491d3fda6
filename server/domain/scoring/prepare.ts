import {
  answerOptions,
  GROUP_IDS,
  readAnswer,
  type ReadAnswer,
  ZONE_IDS,
  type Band,
  type ChecklistDefinition,
  type ItemCondition,
  type ItemDefinition,
  type InstanceKindId,
  type Mitigation,
  type ZoneId,
} from '../checklist';
import { compileBand, type BandTest } from './conditions';
import { evaluateBands, newItemOutcomes, unansweredOutcomes, type ItemOutcomes } from './evaluate-item';
import { describeBand } from './failures';
import { CRITICAL, CRITICAL_ASSISTABLE, MINOR, PASS, TRUE, type Outcome } from './outcome';

/** A band as it applies to one group: its outcome when it matches. */
export interface GroupBand {
  band: Band;
  index: number;
  outcome: typeof MINOR | typeof CRITICAL_ASSISTABLE | typeof CRITICAL;
  /** The item whose answer decides whether this assistable failure is bridged (`band.assistableIf`). */
  assistItem?: PreparedItem;
}

export interface PreparedGate {
  condition: ItemCondition;
  gate: PreparedItem;
}

/** An item with everything the scoring needs precomputed, so re-scoring is a tight loop. */
export interface PreparedItem {
  def: ItemDefinition;
  /** Position in the checklist, for listing failures in checklist order. */
  index: number;
  zone: number;
  kind: InstanceKindId | undefined;
  options: string[];
  /** Per group index: the bands that fail that group (empty if the group is not affected). */
  bands: GroupBand[][];
  /** Per group index: the worst an unanswered answer could be (PASS if the group is not affected). */
  worstUnanswered: Outcome[];
  relevant: boolean[];
  /** Indices of the groups the item affects. */
  groups: number[];
  /** Choice and yes/no answers read once: id → normalised answer. */
  choiceAnswers: Map<string, ReadAnswer>;
  gates: PreparedGate[];
  /** Other items' gates or assistance depend on this answer. */
  referenced: boolean;
  /** Each band in words, for explaining failures. */
  bandText: string[];
  /** Each band's conditions, compiled. */
  bandTests: BandTest[];
  /** The answer that decides whether an assistable band is bridged (`inside.vertical_means`), if any. */
  assist?: { condition: ItemCondition; item: PreparedItem };
  /** For plain measured items: the accepted range, so a number is evaluated without building a read. */
  numberRange: readonly [number, number] | null;
  /** Outcomes of an unanswered item, and of each choice answer when they depend on nothing else. */
  unanswered: ItemOutcomes;
  fixedOutcomes: Map<string, ItemOutcomes>;
}

export interface PreparedChecklist {
  definition: ChecklistDefinition;
  items: PreparedItem[];
  byId: Map<string, PreparedItem>;
  /** Items audited once per facility, and per instance kind. */
  facilityItems: PreparedItem[];
  itemsOfKind: Record<InstanceKindId, PreparedItem[]>;
  weights: number[];
  chain: boolean[];
  letters: string[];
  mitigations: Partial<Record<Mitigation, PreparedItem>>;
}

const cache = new WeakMap<ChecklistDefinition, PreparedChecklist>();

function bandOutcome(band: Band, group: (typeof GROUP_IDS)[number]): GroupBand['outcome'] {
  if (band.fail[group] === 'minor') return MINOR;
  return band.assistable?.includes(group) ? CRITICAL_ASSISTABLE : CRITICAL;
}

function prepareItem(def: ItemDefinition, index: number, checklist: ChecklistDefinition): PreparedItem {
  const bands = GROUP_IDS.map((g) =>
    def.rules.flatMap((band, index) => (band.fail[g] ? [{ band, index, outcome: bandOutcome(band, g) }] : [])),
  );
  // An assistable failure whose condition may not hold is, at worst, blocking.
  const options = answerOptions(def.answer, checklist.choiceSets);
  const worstOf = (b: GroupBand): Outcome => (b.outcome === CRITICAL_ASSISTABLE && b.band.assistableIf ? CRITICAL : b.outcome);
  return {
    def,
    index,
    zone: ZONE_IDS.indexOf(def.zone),
    kind: def.instance,
    options,
    bands,
    worstUnanswered: bands.map((list) => list.reduce<Outcome>((w, b) => Math.max(w, worstOf(b)) as Outcome, PASS)),
    relevant: GROUP_IDS.map((g) => def.severity[g] !== undefined),
    groups: GROUP_IDS.flatMap((g, i) => (def.severity[g] !== undefined ? [i] : [])),
    choiceAnswers: new Map(
      (def.answer.type === 'yesno' || def.answer.type === 'choice' ? [...options, 'na'] : []).map((id) => [id, readAnswer(def.answer, id, options)]),
    ),
    gates: [],
    referenced: false,
    bandText: def.rules.map((band) => describeBand(band, def)),
    bandTests: def.rules.map((band) => compileBand(band.if)),
    numberRange: def.answer.type === 'number' ? [def.answer.min, def.answer.max] : null,
    unanswered: newItemOutcomes(GROUP_IDS.length),
    fixedOutcomes: new Map(),
  };
}

/**
 * Indexes a checklist definition for scoring. The result is cached per definition object, so calling
 * it for every audit costs one lookup.
 */
export function prepareChecklist(checklist: ChecklistDefinition): PreparedChecklist {
  const cached = cache.get(checklist);
  if (cached) return cached;
  const items = checklist.items.map((def, index) => prepareItem(def, index, checklist));
  const byId = new Map(items.map((i) => [i.def.id, i]));
  const find = (owner: string, id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`${owner}: ${id} is not an item of checklist ${checklist.version}`);
    found.referenced = true;
    return found;
  };
  for (const item of items) {
    item.gates = (item.def.applicableIf ?? []).map((condition) => ({ condition, gate: find(item.def.id, condition.item) }));
    for (const gb of item.bands.flat()) {
      if (!gb.band.assistableIf) continue;
      gb.assistItem = find(item.def.id, gb.band.assistableIf.item);
      item.assist = { condition: gb.band.assistableIf, item: gb.assistItem };
    }
  }
  for (const item of items) {
    item.unanswered = unansweredOutcomes(item, GROUP_IDS.length);
    if (item.assist) continue;
    for (const [id, read] of item.choiceAnswers) {
      if (read.kind === 'answer') item.fixedOutcomes.set(id, evaluateBands(item, read.fields, TRUE, newItemOutcomes(GROUP_IDS.length)));
    }
  }
  const zoneOf = (id: ZoneId) => checklist.zones.find((z) => z.id === id);
  const prepared: PreparedChecklist = {
    definition: checklist,
    items,
    byId,
    facilityItems: items.filter((i) => !i.kind),
    itemsOfKind: {
      entrance: items.filter((i) => i.kind === 'entrance'),
      lift: items.filter((i) => i.kind === 'lift'),
      cabin: items.filter((i) => i.kind === 'cabin'),
      ramp: items.filter((i) => i.kind === 'ramp'),
    },
    weights: ZONE_IDS.map((z) => zoneOf(z)?.weight ?? 0),
    chain: ZONE_IDS.map((z) => zoneOf(z)?.role === 'chain'),
    letters: GROUP_IDS.map((g) => checklist.groups.find((x) => x.id === g)?.letter ?? g),
    mitigations: Object.fromEntries(items.filter((i) => i.def.mitigation).map((i) => [i.def.mitigation, i])),
  };
  cache.set(checklist, prepared);
  return prepared;
}
