import { describe, expect, it } from 'vitest';
import { scorePolyclinicWith } from './test-audits';

/** Rule B3: zone status per group, with the mitigations (⚑) and the D5/D6 clarifications. */
const score = scorePolyclinicWith;
const portableRamp = { 'entrance.stepfree_means': 'portable_ramp' };

describe('zone status (B3)', () => {
  it('is accessible with no failure, partial with minor failures scored 100 − 10 each, never below 60', () => {
    expect(score({}).groups.wheelchair.zones.service).toEqual({ status: 'accessible', score: 100 });
    expect(score({ 'service.counter': 'no', 'service.turning': 'no' }).groups.wheelchair.zones.service).toEqual({ status: 'partial', score: 80 });
    const many = { 'info.tactile_signs': 'no', 'info.tactile_plan': 'no', 'info.guidance': 'no', 'info.audio': 'no', 'info.signage': 'no' };
    expect(score(many).groups.vision.zones.information).toEqual({ status: 'partial', score: 60 });
  });

  it('makes assistable criticals conditional only with a call button and staff escort', () => {
    expect(score(portableRamp, ['ramp.']).groups.wheelchair.zones.entrance).toEqual({ status: 'conditional', score: 50 });
    expect(score({ ...portableRamp, 'service.escort': 'no' }, ['ramp.']).groups.wheelchair.zones.entrance).toEqual({ status: 'inaccessible', score: 0 });
    // without a call button the zone also gets the button's own minor failure, but stays inaccessible
    expect(score({ ...portableRamp, 'entrance.call_button': 'no' }, ['ramp.']).groups.wheelchair.zones.entrance.status).toBe('inaccessible');
  });

  it('keeps a zone inaccessible when one of its criticals is not assistable', () => {
    const result = score({ ...portableRamp, 'entrance.door_width': 0.7 }, ['ramp.']);
    expect(result.groups.wheelchair.zones.entrance).toEqual({ status: 'inaccessible', score: 0 });
  });

  it('lets a drop-off point turn approach criticals into partial for wheelchair and mobility (D6 scoring)', () => {
    const kerb = { 'approach.kerb_height': 0.12 };
    expect(score({ ...kerb, 'site.dropoff': 'no' }).groups.wheelchair.zones.approach).toEqual({ status: 'inaccessible', score: 0 });
    // the mitigated critical counts as one minor failure for the zone score
    expect(score(kerb).groups.wheelchair.zones.approach).toEqual({ status: 'partial', score: 90 });
    expect(score(kerb).groups.wheelchair.failures[0]).toMatchObject({ item: 'approach.kerb_height', severity: 'critical', mitigated: 'dropoff' });
    expect(score({ 'service.guide_dog': 'no' }).groups.vision.zones.service.status).toBe('inaccessible');
  });

  it('is not applicable when all of a group’s items are na', () => {
    expect(score({}).groups.hearing.zones.entrance).toEqual({ status: 'na', score: null });
    expect(score({ 'entrance.intercom': 'no' }).groups.hearing.zones.entrance).toEqual({ status: 'inaccessible', score: 0 });
  });

  it('is unknown while a critical-capable item is unanswered, with its best and worst case (D5)', () => {
    const open = score({}, ['service.alt_communication']).groups.hearing.zones.service;
    expect(open).toEqual({ status: 'unknown', score: null, range: { best: { status: 'accessible', score: 100 }, worst: { status: 'inaccessible', score: 0 } } });
    // D5: the worst case of an unanswered assistable item is assistable: with assistance, conditional
    const stairs = score({}, ['entrance.steps_handrails']).groups.mobility.zones.entrance;
    expect(stairs.range?.worst).toEqual({ status: 'conditional', score: 50 });
  });

  it('ignores unanswered minor items for the status, but not when nothing in the zone is answered', () => {
    expect(score({}, ['service.counter']).groups.wheelchair.zones.service).toEqual({ status: 'accessible', score: 100 });
    const silent = score({}, ['approach.facility_sign']).groups.intellectual.zones.approach;
    expect(silent).toMatchObject({ status: 'unknown', range: { best: { status: 'accessible' }, worst: { status: 'partial', score: 90 } } });
  });

  it('treats unanswered mitigations as not granted in the worst case', () => {
    const result = score(portableRamp, ['ramp.', 'service.escort']).groups.wheelchair.zones.entrance;
    expect(result.range).toEqual({ best: { status: 'conditional', score: 50 }, worst: { status: 'inaccessible', score: 0 } });
  });

  it('closes gated items: no parking makes the parking items na, no accessible cabin the cabin items (D10)', () => {
    const noParking = score({ 'site.parking_provided': 'no' }, ['site.parking_']);
    expect(noParking.groups.wheelchair.zones.site).toEqual({ status: 'accessible', score: 100 });
    const noCabin = score({ 'wc.accessible_present': 'no', 'wc.grab_bars': 'both' }, ['wc.usable', 'wc.cabin', 'wc.door', 'wc.transfer', 'wc.seat', 'wc.wash', 'wc.alarm']);
    expect(noCabin.groups.wheelchair.zones.sanitary.status).toBe('inaccessible');
    expect(noCabin.groups.hearing.zones.sanitary.status).toBe('na');
    expect(noCabin.groups.mobility.zones.sanitary).toEqual({ status: 'partial', score: 90 });
  });
});
