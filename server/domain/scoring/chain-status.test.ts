import { describe, expect, it } from 'vitest';
import { currentChecklist } from '../checklist';
import { scoreAudit } from './score-audit';
import { polyclinic, scorePolyclinicWith } from './test-audits';

/** Rule B4: doorstep-to-doorstep status = weakest chain zone; support zones only down to partial. */
const score = scorePolyclinicWith;

describe('doorstep-to-doorstep status (B4)', () => {
  it('follows the weakest chain zone', () => {
    expect(score({ 'inside.corridor_width': 1.2 }).groups.wheelchair.status).toBe('partial');
    expect(score({ 'inside.corridor_width': 0.8 }).groups.wheelchair.status).toBe('inaccessible');
    expect(score({ 'entrance.stepfree_means': 'portable_ramp' }, ['ramp.']).groups.wheelchair.status).toBe('conditional');
  });

  it('lets support zones degrade the visit only to partial', () => {
    const noToilet = score({ 'wc.transfer_space': 0.5 });
    expect(noToilet.groups.wheelchair.zones.sanitary.status).toBe('inaccessible');
    expect(noToilet.groups.wheelchair.status).toBe('partial');
    expect(score({ 'info.visual_alarm': 'no' }).groups.hearing.status).toBe('partial');
  });

  it('turns an inaccessible chain into conditional when the service is also given remotely', () => {
    const blocked = { 'inside.corridor_width': 0.8 };
    expect(score({ ...blocked, 'service.remote': 'yes' }).groups.wheelchair.status).toBe('conditional');
    expect(score({ ...blocked, 'service.remote': 'yes' }).groups.wheelchair.code).toBe('ДУ');
  });

  it('computes a facility-only status without the approach', () => {
    const result = score({ 'approach.route_stepfree': 'no', 'site.dropoff': 'na' });
    expect(result.groups.wheelchair.status).toBe('inaccessible');
    expect(result.groups.wheelchair.facilityOnlyStatus).toBe('accessible');
    expect(result.groups.wheelchair.facilityOnlyScore).toBe(100);
    expect(result.facilityOnlyRegistryCode).toBe('ДП-В');
  });

  it('is unknown when any zone is unknown and nothing known already decides it', () => {
    expect(score({}, ['wc.transfer_space']).groups.wheelchair.status).toBe('unknown');
    // a known barrier in the chain decides, whatever the unknown toilet turns out to be
    const decided = score({ 'inside.corridor_width': 0.8 }, ['wc.transfer_space']).groups.wheelchair;
    expect(decided.status).toBe('inaccessible');
    expect(decided.zones.sanitary.status).toBe('unknown');
  });

  it('is unknown, never accessible, for a group with no applicable item at all', () => {
    const allNa = Object.fromEntries(Object.keys(polyclinic).map((k) => [k, 'na']));
    const result = scoreAudit(currentChecklist, allNa);
    expect(result.groups.hearing.status).toBe('unknown');
    expect(result.groups.hearing.range).toBeNull();
    expect(result.adapted).toBe(false);
  });
});
