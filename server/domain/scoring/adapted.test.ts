import { describe, expect, it } from 'vitest';
import { currentChecklist, type AuditAnswers } from '../checklist';
import { auditStillCounts } from './adapted';
import { scoreAudit } from './score-audit';
import { akimat, bank, polyclinic, variant } from './test-audits';

/** Rule B7: "adapted" for the officials' percentages (D8: complete audit, counted for 3 years). */
const score = (answers: AuditAnswers) => scoreAudit(currentChecklist, answers);

describe('adapted (B7)', () => {
  it('requires facility-only ДП for all five groups and a complete audit', () => {
    expect(score(polyclinic).adapted).toBe(true);
    // the approach is the akimat's: a barrier there does not stop the facility being adapted…
    const approach = score(variant(polyclinic, [], { 'approach.route_stepfree': 'no', 'site.dropoff': 'na' }));
    expect(approach.adapted).toBe(true);
    // …but it does for the doorstep-to-doorstep variant
    expect(approach.adaptation.doorstepToDoorstep).toBe(false);
  });

  it('is not adapted while an applicable item of zones 1–6 is unanswered, even a minor one', () => {
    const result = score(variant(polyclinic, ['service.counter'], {}));
    expect(result.groups.wheelchair.status).toBe('accessible');
    expect(result.completeness.complete).toBe(false);
    expect(result.adapted).toBe(false);
    // an open approach item does not count against completeness (D8)
    expect(score(variant(polyclinic, ['approach.lighting'], {})).completeness.complete).toBe(true);
  });

  it('offers the dashboard alternatives', () => {
    expect(score(bank).adaptation).toEqual({ full: false, noBarrier: true, withAssistance: true, scoreAtLeast80: true, doorstepToDoorstep: false });
    expect(score(akimat).adaptation).toEqual({ full: false, noBarrier: false, withAssistance: true, scoreAtLeast80: true, doorstepToDoorstep: false });
  });

  it('counts an audit for three years from its date', () => {
    expect(auditStillCounts('2023-05-10', '2026-05-09')).toBe(true);
    expect(auditStillCounts('2023-05-10', '2026-05-10')).toBe(false);
    expect(auditStillCounts('2024-02-29', '2027-02-28')).toBe(true);
  });
});
