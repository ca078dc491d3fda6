import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentChecklist, type AuditAnswers } from '../checklist';
import { answerCandidates, consistentAnswers } from './sample-answers';
import { scoreAudit } from './score-audit';
import { akimat, bank, pharmacy, polyclinic, school, scorePolyclinicWith } from './test-audits';
import { validateAnswers } from './validate';

/**
 * Rule B5, OSM / Wheelmap export (decisions in docs/adr/0105). Fixtures start from example 1 (every item
 * passes: a 0.45 m level change overcome by a 4 % ramp, a 0.9 m cabin door, ⌀ 1.5 m, both grab bars).
 */
const osm = (answers: AuditAnswers) => scoreAudit(currentChecklist, answers).osm;
const tagsWith = (changes: AuditAnswers, drop: string[] = []) => scorePolyclinicWith(changes, drop).osm;

/** The main entrance has no ramp and a step of `height` m (`steps` steps) that nothing bridges. */
const stepped = (height: number, steps = 1): AuditAnswers => ({
  'entrance.level_change': height,
  'entrance.stepfree_means': 'none',
  'entrance.steps_handrails': { value: 'both', steps },
});
const NO_RAMP = ['ramp.'];

/** A second entrance "side" answered like example 1's main entrance, but level (no ramp needed). */
const stepFreeSide: AuditAnswers = {
  ...Object.fromEntries(Object.entries(polyclinic).filter(([k]) => k.startsWith('entrance.') && k !== 'entrance.call_button' && k !== 'entrance.alt_entrance_sign').map(([k, v]) => [`${k}@side`, v])),
  'entrance.level_change@side': 0,
  'entrance.stepfree_means@side': 'na',
  'entrance.steps_handrails@side': 'na',
  'entrance.alt_entrance_sign': 'yes',
};

describe('OSM / Wheelmap tags (B5)', () => {
  it('gives the worked examples the tags of section C', () => {
    // 1: step-free by a 4 % ramp, cabin 2.3 × 2.3 m with a 0.9 m door and both grab bars.
    expect(osm(polyclinic)).toEqual({ wheelchair: 'yes', toiletsWheelchair: 'yes' });
    // 2: 3 steps (0.45 m) bridged only by a stair-climber; visitor toilets but no accessible cabin.
    expect(osm(akimat)).toEqual({ wheelchair: 'no', toiletsWheelchair: 'no' });
    // 3: one 5 cm step, nothing else blocks a wheelchair on the way to the counter; no visitor toilets.
    expect(osm(pharmacy)).toEqual({ wheelchair: 'limited', toiletsWheelchair: null });
    // 4: W unknown (ramp slope not measured); grab bars unchecked, so the toilet cannot be judged either.
    expect(osm(school)).toEqual({ wheelchair: null, toiletsWheelchair: null });
    // 5: 7 % ramp rising 0.3 m (minor only), cabin 1.8 × 1.9 m with ⌀ 1.5 m turning, 0.9 m door, both bars.
    expect(osm(bank)).toEqual({ wheelchair: 'yes', toiletsWheelchair: 'yes' });
  });

  it('one step of at most 7 cm at the entrance is limited; a higher step or two steps is no', () => {
    expect(tagsWith(stepped(0.05), NO_RAMP).wheelchair).toBe('limited');
    expect(tagsWith(stepped(0.07), NO_RAMP).wheelchair).toBe('limited');
    expect(tagsWith(stepped(0.1), NO_RAMP).wheelchair).toBe('no');
    expect(tagsWith(stepped(0.06, 2), NO_RAMP).wheelchair).toBe('no');
    // A 5 cm threshold on a level entrance is that one step; with a step below it, it is a second one.
    expect(tagsWith({ 'entrance.threshold': 0.05 }).wheelchair).toBe('limited');
    expect(tagsWith({ ...stepped(0.05), 'entrance.threshold': 0.05 }, NO_RAMP).wheelchair).toBe('no');
    // A 2 cm threshold fails the norm as minor only: still step-free for the tag.
    expect(tagsWith({ 'entrance.threshold': 0.02 }).wheelchair).toBe('yes');
  });

  it('a step bridged only by staff (portable ramp, stair-climber) is still a step', () => {
    expect(tagsWith({ ...stepped(0.45, 3), 'entrance.stepfree_means': 'portable_ramp' }, NO_RAMP).wheelchair).toBe('no');
    expect(tagsWith({ ...stepped(0.05), 'entrance.stepfree_means': 'portable_ramp' }, NO_RAMP).wheelchair).toBe('limited');
  });

  it('a ramp steeper than 8 % is not step-free: the level change it climbs counts as the step', () => {
    expect(tagsWith({ 'ramp.slope': { slope: 9, rise: 0.45 } }).wheelchair).toBe('no');
    expect(tagsWith({ 'entrance.level_change': 0.06, 'entrance.steps_handrails': { value: 'both', steps: 1 }, 'ramp.slope': { slope: 9, rise: 0.06 } }).wheelchair).toBe('limited');
    // 8 % over a rise of at most 0.8 m passes; over a longer rise it fails critically.
    expect(tagsWith({ 'ramp.slope': { slope: 8, rise: 0.45 } }).wheelchair).toBe('yes');
    expect(tagsWith({ 'entrance.level_change': 1, 'ramp.slope': { slope: 7, rise: 1 } }).wheelchair).toBe('no');
  });

  it('other wheelchair barriers at the entrance, inside or at the service make it no, whatever the step', () => {
    expect(tagsWith({ ...stepped(0.05), 'entrance.door_width': 0.75 }, NO_RAMP).wheelchair).toBe('no');
    expect(tagsWith({ 'entrance.door_type': 'revolving_only' }).wheelchair).toBe('no');
    expect(tagsWith({ ...stepped(0.05), 'inside.route_stepfree': 'no', 'inside.vertical_means': 'none' }, NO_RAMP).wheelchair).toBe('no');
    expect(tagsWith({ 'service.room_entry': 'no' }).wheelchair).toBe('no');
    // Minor failures (a 0.85 m door, a 1.2 m corridor) do not stop a wheelchair: still yes.
    expect(tagsWith({ 'entrance.door_width': 0.85, 'inside.corridor_width': 1.2 }).wheelchair).toBe('yes');
  });

  it('does not look beyond zones 2–4: a barrier on the approach or in the toilet leaves wheelchair=yes', () => {
    const result = scorePolyclinicWith({ 'approach.route_stepfree': 'no', 'site.dropoff': 'no', 'wc.accessible_present': 'no' }, ['wc.usable', 'wc.cabin_size', 'wc.door_width', 'wc.door_swing', 'wc.transfer_space', 'wc.seat_height', 'wc.washbasin', 'wc.alarm']);
    expect(result.groups.wheelchair.status).toBe('inaccessible');
    expect(result.osm).toEqual({ wheelchair: 'yes', toiletsWheelchair: 'no' });
  });

  it('counts the best entrance and the best lift (B2)', () => {
    expect(tagsWith({ ...stepped(0.3), ...stepFreeSide }, NO_RAMP).wheelchair).toBe('yes');
    expect(tagsWith({ ...stepped(0.3), ...stepFreeSide, 'entrance.threshold@side': 0.05 }, NO_RAMP).wheelchair).toBe('limited');
    const secondLift = { 'inside.lift_in_service@b': 'yes', 'inside.lift_cabin@b': { width: 1.1, depth: 1.4 }, 'inside.lift_door@b': 0.9, 'inside.lift_controls@b': 'yes', 'inside.lift_announce@b': 'yes', 'inside.lift_display@b': 'yes' };
    expect(tagsWith({ 'inside.lift_in_service': 'no', ...secondLift }).wheelchair).toBe('yes');
    expect(tagsWith({ 'inside.lift_in_service': 'no' }).wheelchair).toBe('no');
  });

  it('is not exported while W is unknown, nor while an unanswered item could change it', () => {
    expect(osm({})).toEqual({ wheelchair: null, toiletsWheelchair: null });
    // The approach makes W inaccessible (known, no drop-off), but the entrance ramp's slope is not measured.
    const open = scorePolyclinicWith({ 'approach.route_stepfree': 'no', 'site.dropoff': 'no' }, ['ramp.slope']);
    expect(open.groups.wheelchair.status).toBe('inaccessible');
    expect(open.osm.wheelchair).toBeNull();
    // A step of unmeasured height, or a low one whose steps were not counted: limited or no.
    expect(tagsWith({ ...stepped(0.05), 'entrance.level_change': null }, NO_RAMP).wheelchair).toBeNull();
    expect(tagsWith({ ...stepped(0.05), 'entrance.steps_handrails': 'both' }, NO_RAMP).wheelchair).toBeNull();
    // Unanswered items that cannot change the tag do not hold it back: a 10 cm step is no however it is counted.
    expect(tagsWith({ ...stepped(0.1), 'entrance.steps_handrails': 'both' }, NO_RAMP).wheelchair).toBe('no');
  });

  it('toilets:wheelchair=yes needs a usable accessible cabin with a 0.9 m door, ⌀ 1.5 m turning and both grab bars', () => {
    expect(tagsWith({ 'wc.door_width': 0.85 }).toiletsWheelchair).toBe('no');
    expect(tagsWith({ 'wc.cabin_size': { width: 1.6, depth: 1.7, turningCircle: false } }).toiletsWheelchair).toBe('no');
    expect(tagsWith({ 'wc.grab_bars': 'one' }).toiletsWheelchair).toBe('no');
    expect(tagsWith({ 'wc.usable': 'no' }).toiletsWheelchair).toBe('no');
    // A second cabin that qualifies makes it yes.
    const cabin = Object.fromEntries(Object.entries(polyclinic).filter(([k]) => k.startsWith('wc.') && !['wc.public_provided', 'wc.accessible_present', 'wc.signage'].includes(k)).map(([k, v]) => [`${k}@b`, v]));
    expect(tagsWith({ 'wc.door_width': 0.85, ...cabin }).toiletsWheelchair).toBe('yes');
  });

  it('toilets:wheelchair is not exported without visitor toilets or while it is open', () => {
    expect(tagsWith({ 'wc.public_provided': 'no' }, ['wc.']).toiletsWheelchair).toBeNull();
    expect(tagsWith({}, ['wc.public_provided']).toiletsWheelchair).toBeNull();
    expect(tagsWith({}, ['wc.grab_bars']).toiletsWheelchair).toBeNull();
    expect(tagsWith({}, ['wc.accessible_present']).toiletsWheelchair).toBeNull();
    // Open, but the one cabin already fails: no.
    expect(tagsWith({ 'wc.door_width': 0.85 }, ['wc.accessible_present', 'wc.grab_bars']).toiletsWheelchair).toBe('no');
  });

  it('fixtures are valid answers', () => {
    expect(validateAnswers(currentChecklist, { ...polyclinic, ...stepFreeSide })).toEqual([]);
  });

  it('an exported tag is the tag of every completion of the audit: unanswered items never decide it', () => {
    const items = currentChecklist.items;
    // Complete audits near the thresholds: a worked example with up to five answers changed, sometimes a level side entrance.
    const change = fc.tuple(fc.nat(items.length - 1), fc.nat()).map(([i, pick]) => {
      const candidates = [...answerCandidates(currentChecklist, items[i]), 'na'];
      return [items[i].id, candidates[pick % candidates.length]] as const;
    });
    const full = fc
      .tuple(fc.constantFrom(polyclinic, akimat, pharmacy, bank), fc.array(change, { maxLength: 5 }), fc.boolean())
      .map(([base, changes, side]) => consistentAnswers(currentChecklist, { ...base, ...(side ? stepFreeSide : {}), ...Object.fromEntries(changes) }));
    const keep = fc.array(fc.nat(6).map((n) => n > 0), { minLength: 160, maxLength: 160 });
    const seen = new Set<string>();
    fc.assert(
      fc.property(full, keep, (answers, kept) => {
        const partial = Object.fromEntries(Object.entries(answers).filter(([k], i) => kept[i] || k.startsWith('entrance.level_change')));
        const [some, all] = [osm(partial), osm(answers)];
        seen.add(`${some.wheelchair}`).add(`toilets ${some.toiletsWheelchair}`);
        if (some.wheelchair !== null) expect(all.wheelchair).toBe(some.wheelchair);
        if (some.toiletsWheelchair !== null) expect(all.toiletsWheelchair).toBe(some.toiletsWheelchair);
      }),
      { numRuns: 600 },
    );
    // The property was tried on every kind of tag, not only on "no".
    expect([...seen].sort()).toEqual(['limited', 'no', 'null', 'toilets no', 'toilets null', 'toilets yes', 'yes']);
  });
});
