import { describe, expect, it } from 'vitest';
import { currentChecklist, type AuditAnswers } from '../checklist';
import { S_ACCESSIBLE, S_CONDITIONAL, S_INACCESSIBLE, S_NA, S_PARTIAL } from './outcome';
import { groupScore, meanScore, roundHalfUp } from './score';
import { scoreAudit } from './score-audit';
import { polyclinic, variant } from './test-audits';
import type { ZoneOutcome } from './zone-status';

/** Rule B6: zone-weighted group scores capped by status, rounded half up; facility score = mean (D9). */
const WEIGHTS = [10, 15, 25, 15, 15, 10, 10];
const zones = (...scores: (number | null)[]): ZoneOutcome[] =>
  scores.map((s) => (s === null ? { status: S_NA, score: 100 } : { status: S_PARTIAL, score: s }));

describe('scores (B6)', () => {
  it('rounds half up exactly', () => {
    expect(roundHalfUp(8950, 100)).toBe(90); // 89.5
    expect(roundHalfUp(7850, 90)).toBe(87); // 87.2
    expect(roundHalfUp(3100, 35)).toBe(89); // 88.57
    expect(meanScore([60, 86, 87, 86, 100])).toBe(84); // 83.8
    expect(meanScore([25, 89, 100, 100, 100])).toBe(83); // 82.8
  });

  it('weights zones and leaves out the not applicable ones', () => {
    // 10·100 + 25·60 + 15·80 over 50 = 74
    expect(groupScore(zones(100, null, 60, null, 80, null, null), WEIGHTS, S_PARTIAL, 0)).toBe(74);
    expect(groupScore(zones(null, null, null, null, null, null, null), WEIGHTS, S_NA, 0)).toBeNull();
  });

  it('caps the score by the status: partial 95, conditional 60, inaccessible 25', () => {
    const high = zones(100, 100, 100, 100, 100, 70, 100);
    expect(groupScore(high, WEIGHTS, S_PARTIAL, 0)).toBe(95);
    expect(groupScore(high, WEIGHTS, S_CONDITIONAL, 0)).toBe(60);
    expect(groupScore(high, WEIGHTS, S_INACCESSIBLE, 0)).toBe(25);
    expect(groupScore(zones(100, 100, 100, 100, 100, 100, 100), WEIGHTS, S_ACCESSIBLE, 0)).toBe(100);
  });

  it('counts an unknown zone of a known group at its worst case', () => {
    // wheelchair is inaccessible anyway (corridor 0.8 m); the unanswered toilet counts as failed, not as passed
    const answers: AuditAnswers = variant(polyclinic, ['wc.transfer_space'], { 'inside.corridor_width': 0.8 });
    const wheelchair = scoreAudit(currentChecklist, answers).groups.wheelchair;
    expect(wheelchair.status).toBe('inaccessible');
    expect(wheelchair.score).toBe(25);
    expect(wheelchair.range).toEqual({ best: { status: 'inaccessible', score: 25 }, worst: { status: 'inaccessible', score: 25 } });
  });

  it('has no facility score while a group is unknown, only a range (D7)', () => {
    const result = scoreAudit(currentChecklist, variant(polyclinic, ['service.guide_dog'], {}));
    expect(result.score).toBeNull();
    expect(result.scoreRange).toEqual({ best: 100, worst: 85 }); // vision at worst inaccessible, 25: (100+100+25+100+100)/5
  });
});
