import { describe, expect, it } from 'vitest';
import { answerOptions } from './answers';
import { checklists, currentChecklist, findChecklist } from './index';
import { GROUP_IDS, ZONE_IDS, type ItemDefinition } from './types';

/** Section A of the domain reference: saved audits refer to these ids, so they never change. */
const REFERENCE_IDS = `approach.stop_distance approach.stop_platform approach.route_stepfree approach.route_width
approach.running_slope approach.cross_slope approach.surface approach.kerb_height approach.kerb_ramp_slope
approach.crossing_tactile approach.crossing_audible approach.protrusions approach.lighting approach.facility_sign
site.gate_width site.path_stepfree site.path_width site.running_slope site.cross_slope site.surface site.level_lips
site.tactile_warning site.protrusions site.rest_places site.parking_provided site.parking_count site.parking_bay_width
site.parking_distance site.parking_marked site.dropoff site.stairs_handrails site.stairs_geometry site.stairs_contrast
site.lighting ramp.slope ramp.run_length ramp.width ramp.landings ramp.handrails ramp.edge_protection ramp.surface
ramp.tactile_contrast entrance.level_change entrance.stepfree_means entrance.steps_handrails entrance.landing
entrance.canopy_drainage entrance.door_width entrance.threshold entrance.door_type entrance.door_force
entrance.door_hardware entrance.glass_marking entrance.vestibule entrance.call_button entrance.alt_entrance_sign
entrance.tactile_contrast entrance.name_plate entrance.intercom inside.route_stepfree inside.corridor_width
inside.door_width inside.thresholds inside.door_manoeuvre inside.turning inside.vertical_means inside.lift_in_service
inside.lift_cabin inside.lift_door inside.lift_controls inside.lift_announce inside.lift_display inside.stairs_handrails
inside.stairs_contrast inside.stairs_tactile inside.protrusions inside.floor inside.rest_seating inside.evacuation
service.room_entry service.variant_b service.counter service.turning service.wheelchair_places service.seating
service.operable_parts service.hearing_loop service.alt_communication service.queue_dual service.staff_trained
service.guide_dog service.formats service.easy_read service.quiet_space service.remote service.escort
wc.public_provided wc.accessible_present wc.usable wc.cabin_size wc.door_width wc.door_swing wc.transfer_space
wc.grab_bars wc.seat_height wc.washbasin wc.alarm wc.alarm_visual wc.signage info.signage info.pictograms
info.accessibility_symbols info.tactile_signs info.tactile_plan info.guidance info.audio info.visual_alarm
info.text_displays info.online`.split(/\s+/);

const items = currentChecklist.items;
const byId = new Map(items.map((i) => [i.id, i]));
const rank = { minor: 1, critical: 2 } as const;

describe('checklist data', () => {
  it('has every item of reference section A with its exact id, once', () => {
    expect(REFERENCE_IDS).toHaveLength(119);
    expect(items.map((i) => i.id)).toEqual(REFERENCE_IDS);
  });

  it('is versioned and findable by version', () => {
    expect(currentChecklist.version).toBe('2026.1');
    expect(findChecklist('2026.1')).toBe(currentChecklist);
    expect(findChecklist('1999.9')).toBeUndefined();
    expect(new Set(checklists.map((c) => c.version)).size).toBe(checklists.length);
  });

  it('describes groups and zones in passport order, zone weights summing to 100', () => {
    expect(currentChecklist.groups.map((g) => `${g.id}:${g.letter}`)).toEqual(['wheelchair:К', 'mobility:О', 'vision:С', 'hearing:Г', 'intellectual:У']);
    expect(currentChecklist.zones.map((z) => z.id)).toEqual([...ZONE_IDS]);
    expect(currentChecklist.zones.reduce((sum, z) => sum + z.weight, 0)).toBe(100);
  });

  it('has a question and help text in Kazakh, Russian and English for every item, not left in English', () => {
    for (const item of items) {
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(item.text[lang].question.length, `${item.id} ${lang}`).toBeGreaterThan(3);
        expect(item.text[lang].help.length, `${item.id} ${lang} help`).toBeGreaterThan(3);
      }
      expect(item.text.kk.question).not.toBe(item.text.en.question);
      expect(item.text.ru.question).not.toBe(item.text.en.question);
      expect(item.text.kk.question).not.toBe(item.text.ru.question);
      expect(/[а-яё]/i.test(item.text.ru.question) && /[әғқңөұүһі]/i.test(item.text.kk.question + item.text.kk.help), item.id).toBe(true);
    }
  });

  it('labels every choice in three languages', () => {
    for (const [set, options] of Object.entries(currentChecklist.choiceSets)) {
      for (const o of options) expect([o.label.kk, o.label.ru, o.label.en].every((t) => t.length > 0), `${set}.${o.id}`).toBe(true);
    }
  });

  it('gives every checked item a norm with a confidence level', () => {
    for (const item of items.filter((i) => i.role === 'check')) {
      expect(item.norm, item.id).toBeDefined();
      for (const norm of [item.norm, ...item.rules.map((b) => b.norm)].filter(Boolean)) {
        expect(['confirmed', 'confirmed-secondary', 'unverified'], item.id).toContain(norm?.confidence);
      }
    }
  });

  it('fails groups only up to their severity, and every affected group can fail', () => {
    for (const item of items) {
      const failed = new Set<string>();
      for (const band of item.rules) {
        for (const [group, severity] of Object.entries(band.fail)) {
          const declared = item.severity[group as (typeof GROUP_IDS)[number]];
          expect(declared, `${item.id} fails ${group}, which it does not affect`).toBeDefined();
          expect(rank[severity], `${item.id} fails ${group} beyond its severity`).toBeLessThanOrEqual(rank[declared!]);
          failed.add(group);
        }
        for (const group of band.assistable ?? []) expect(band.fail[group], `${item.id} assistable ${group}`).toBe('critical');
      }
      expect([...failed].sort(), item.id).toEqual(Object.keys(item.severity).sort());
    }
  });

  it('compares answers only with values the item can take', () => {
    const refs = (item: ItemDefinition) => item.rules.flatMap((b) => b.if.flatMap((c) => [c.eq, ...(c.in ?? [])]));
    for (const item of items) {
      const options = answerOptions(item.answer, currentChecklist.choiceSets);
      for (const value of refs(item).filter((v): v is string => v !== undefined)) {
        if (item.answer.type === 'size') expect(['yes', 'no'], item.id).toContain(value);
        else expect(options, `${item.id} compares with ${value}`).toContain(value);
      }
    }
  });

  it('gates and assistance conditions refer to existing items and their choices', () => {
    for (const item of items) {
      const conditions = [...(item.applicableIf ?? []), ...item.rules.flatMap((b) => (b.assistableIf ? [b.assistableIf] : []))];
      for (const c of conditions) {
        const gate = byId.get(c.item);
        expect(gate, `${item.id} refers to ${c.item}`).toBeDefined();
        const options = answerOptions(gate!.answer, currentChecklist.choiceSets);
        for (const value of c.in ?? []) expect(options, `${item.id}: ${c.item} = ${value}`).toContain(value);
      }
    }
  });

  it('marks the mitigations (⚑) and gates of the reference', () => {
    const mitigations = items.filter((i) => i.mitigation).map((i) => `${i.id}:${i.mitigation}`);
    expect(mitigations).toEqual(['site.dropoff:dropoff', 'entrance.call_button:callButton', 'service.variant_b:variantB', 'service.remote:remote', 'service.escort:escort']);
    expect(items.filter((i) => i.role === 'gate' || i.role === 'info').map((i) => i.id)).toEqual(['site.parking_provided', 'entrance.level_change', 'wc.public_provided']);
  });

  it('audits entrances, lifts, toilet cabins and ramps per instance (rule B2)', () => {
    const kinds = (kind: string) => items.filter((i) => i.instance === kind).map((i) => i.id.split('.')[0]);
    expect(new Set(kinds('ramp'))).toEqual(new Set(['ramp']));
    expect(kinds('ramp')).toHaveLength(8);
    expect(kinds('lift')).toHaveLength(6);
    expect(kinds('cabin')).toHaveLength(10);
    expect(kinds('entrance')).toHaveLength(15);
  });
});
