import { splitAnswerKey, ZONE_IDS, type InstanceKindId, type ZoneId } from '../checklist';
import type { AnswerSheet } from './answer-sheet';
import type { PreparedChecklist, PreparedItem } from './prepare';

/**
 * Element instances (rule B2). Items of an instance kind are answered once per instance; the main
 * instance has no key suffix, others are `item@label`. A ramp's suffix names its host instead:
 * `@site`, `@site:2`, `@inside`, or `@entrance:side` for the ramp of entrance "side"; the ramp of the
 * main entrance has no suffix.
 */

const LABEL = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const RAMP_HOSTS: readonly ZoneId[] = ['approach', 'site', 'entrance', 'inside', 'service'];

/** Where a ramp is: its zone and, for an entrance ramp, the entrance's label. */
export interface RampHost {
  zone: ZoneId;
  entrance?: string;
}

/** Reads an instance label of an item; returns the ramp host for ramps, or an error message. */
export function parseInstanceLabel(item: PreparedItem, label: string): { host?: RampHost } | { error: string } {
  if (!item.kind) return { error: `${item.def.id} is answered once per facility and takes no @instance suffix` };
  if (item.kind !== 'ramp') {
    return LABEL.test(label) ? {} : { error: `instance label "${label}" must be 1–32 of a-z, 0-9, _ and -` };
  }
  const [zone, rampLabel, ...rest] = label.split(':');
  if (!RAMP_HOSTS.includes(zone as ZoneId) || rest.length > 0 || (rampLabel !== undefined && !LABEL.test(rampLabel))) {
    return { error: `ramp suffix "${label}" must be a zone (${RAMP_HOSTS.join(', ')}), optionally followed by :label` };
  }
  if (zone === 'entrance' && rampLabel === undefined) {
    return { error: 'the ramp of the main entrance takes no suffix; use @entrance:<label> for another entrance' };
  }
  return { host: zone === 'entrance' ? { zone: 'entrance', entrance: rampLabel } : { zone: zone as ZoneId } };
}

/** One answer to evaluate: an item at one instance, and the accumulator slot it counts in. */
export interface Unit {
  item: PreparedItem;
  /** Position in `AuditLayout.units`. */
  index: number;
  key: string;
  /** Instance label ('' for the main one); for ramps the key suffix. */
  label: string;
  slot: number;
  /** The zone the answer counts in (a ramp's host zone). */
  zone: number;
  /** For a ramp at an entrance: that entrance's label; undefined for ramps elsewhere. */
  entrance?: string;
  /** The units whose answers gate this one (parallel to `item.gates`; -1 where the gate does not apply). */
  gates: number[];
  /** The unit whose answer bridges this item's assistable failure (`item.assist`), or -1. */
  assist: number;
}

/** An accumulator slot: a zone's facility-wide items (slots 0–6), or one element instance. */
export interface Slot {
  zone: number;
  kind: InstanceKindId | null;
  label: string;
}

export interface AuditLayout {
  units: Unit[];
  slots: Slot[];
  /** Answer key → unit index. */
  index: Map<string, number>;
}

/** Checklist order: by zone, then item, then instance. */
export function compareUnits(a: Unit, b: Unit): number {
  return a.zone - b.zone || a.item.index - b.item.index || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

const keyOf = (item: PreparedItem, label: string) => (label ? `${item.def.id}@${label}` : item.def.id);

/** The answer key of `ref` as seen from `unit` (gates and assistance conditions), or null if it does not apply there. */
function refKey(ref: PreparedItem, unit: Unit): string | null {
  if (!ref.kind) return ref.def.id;
  if (ref.kind === unit.item.kind) return keyOf(ref, unit.label);
  if (unit.item.kind === 'ramp' && ref.kind === 'entrance') return unit.entrance === undefined ? null : keyOf(ref, unit.entrance);
  return ref.def.id;
}

function buildLayout(
  prepared: PreparedChecklist,
  labels: Record<'entrance' | 'lift' | 'cabin', string[]>,
  otherRamps: Map<string, RampHost>,
): AuditLayout {
  const slots: Slot[] = ZONE_IDS.map((_, zone) => ({ zone, kind: null, label: '' }));
  const units: Unit[] = [];
  const add = (item: PreparedItem, label: string, slot: number, zone: number, entrance?: string) =>
    units.push({ item, index: units.length, key: keyOf(item, label), label, slot, zone, entrance, gates: [], assist: -1 });
  for (const item of prepared.facilityItems) add(item, '', item.zone, item.zone);
  const entranceSlots = new Map<string, number>();
  for (const kind of ['entrance', 'lift', 'cabin'] as const) {
    for (const label of labels[kind]) {
      const slot = slots.length;
      const items = prepared.itemsOfKind[kind];
      slots.push({ zone: items[0].zone, kind, label });
      if (kind === 'entrance') entranceSlots.set(label, slot);
      for (const item of items) add(item, label, slot, item.zone);
    }
  }
  const addRamp = (suffix: string, host: RampHost, slot: number) => {
    const zone = ZONE_IDS.indexOf(host.zone);
    for (const item of prepared.itemsOfKind.ramp) add(item, suffix, slot, zone, host.entrance);
  };
  for (const [label, slot] of entranceSlots) addRamp(label ? `entrance:${label}` : '', { zone: 'entrance', entrance: label }, slot);
  for (const [suffix, host] of otherRamps) addRamp(suffix, host, ZONE_IDS.indexOf(host.zone));
  // Evaluated in checklist order, so failures and open items come out in that order.
  units.sort(compareUnits).forEach((u, i) => (u.index = i));
  const index = new Map(units.map((u) => [u.key, u.index]));
  const unitOf = (ref: PreparedItem, unit: Unit) => {
    const key = refKey(ref, unit);
    return key === null ? -1 : (index.get(key) ?? -1);
  };
  for (const unit of units) {
    unit.gates = unit.item.gates.map(({ gate }) => unitOf(gate, unit));
    if (unit.item.assist) unit.assist = unitOf(unit.item.assist.item, unit);
  }
  return { units, slots, index };
}

/** Layouts by instance signature: stored audits reuse a few instance labels, and building one is costly. */
const layouts = new WeakMap<PreparedChecklist, Map<string, AuditLayout>>();
const MAX_CACHED_LAYOUTS = 1000;
const MAIN_ONLY = [''];
/** The layout of audits with one entrance, lift and cabin: most of them. */
const singleLayouts = new WeakMap<PreparedChecklist, AuditLayout>();

function cachedLayout(prepared: PreparedChecklist, labels: Record<'entrance' | 'lift' | 'cabin', string[]>, otherRamps: Map<string, RampHost>) {
  let cache = layouts.get(prepared);
  if (!cache) layouts.set(prepared, (cache = new Map()));
  const signature = `${labels.entrance.join(',')}|${labels.lift.join(',')}|${labels.cabin.join(',')}|${[...otherRamps.keys()].join(',')}`;
  let layout = cache.get(signature);
  if (!layout) {
    if (cache.size >= MAX_CACHED_LAYOUTS) cache.clear();
    cache.set(signature, (layout = buildLayout(prepared, labels, otherRamps)));
  }
  return layout;
}

/**
 * The element instances an audit describes and the answers to evaluate for them, with the sheet's
 * answers attached to them. Keys with an invalid suffix, and ramps of entrances that have no answers,
 * are left out (validation reports them).
 */
export function layoutAudit(prepared: PreparedChecklist, sheet: AnswerSheet): AuditLayout {
  let single = singleLayouts.get(prepared);
  if (!single) singleLayouts.set(prepared, (single = buildLayout(prepared, { entrance: MAIN_ONLY, lift: MAIN_ONLY, cabin: MAIN_ONLY }, new Map())));
  sheet.attach(single);
  const suffixed: string[] = [];
  for (const key of sheet.strays) if (key.includes('@')) suffixed.push(key);
  if (suffixed.length === 0) return single;
  const found = { entrance: new Set<string>(), lift: new Set<string>(), cabin: new Set<string>() };
  const ramps = new Map<string, RampHost>();
  for (const key of suffixed) {
    const { itemId, label } = splitAnswerKey(key);
    const item = prepared.byId.get(itemId);
    if (!item) continue;
    const parsed = parseInstanceLabel(item, label);
    if ('error' in parsed) continue;
    if (parsed.host) ramps.set(label, parsed.host);
    else found[item.kind as 'entrance' | 'lift' | 'cabin'].add(label);
  }
  // The main instance exists when it has answers, or when it is the only one.
  const withMain = (kind: 'entrance' | 'lift' | 'cabin') => {
    const others = [...found[kind]].sort();
    if (others.length === 0) return MAIN_ONLY;
    return prepared.itemsOfKind[kind].some((i) => sheet.has(i.def.id)) ? ['', ...others] : others;
  };
  const labels = { entrance: withMain('entrance'), lift: withMain('lift'), cabin: withMain('cabin') };
  const otherRamps = new Map([...ramps].filter(([, host]) => host.zone !== 'entrance').sort(([a], [b]) => a.localeCompare(b)));
  const layout = cachedLayout(prepared, labels, otherRamps);
  sheet.attach(layout);
  return layout;
}
