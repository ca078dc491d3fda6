import { describe, expect, it } from 'vitest';
import { currentChecklist, GROUP_IDS, ZONE_IDS, type GroupId } from '../checklist';
import { scoreAudit } from './score-audit';
import { akimat, bank, pharmacy, polyclinic, school } from './test-audits';
import type { AuditResult, Status, ZoneStatus } from './types';
import { validateAnswers } from './validate';

/**
 * The five worked examples of the domain reference, section C (with the D correction of example 3).
 * Zone cells read as in the reference: A100 = accessible (100), P90 = partial (90), C50, X0, U = unknown,
 * "–" = not applicable; zones in order approach, site, entrance, inside, service, sanitary, information.
 */
type Row = [cells: string, status: Status, score: number | null];
const CELL: Record<string, ZoneStatus> = { A: 'accessible', P: 'partial', C: 'conditional', X: 'inaccessible', U: 'unknown', '–': 'na' };

function expectRows(result: AuditResult, rows: Record<GroupId, Row>) {
  for (const group of GROUP_IDS) {
    const [cells, status, score] = rows[group];
    const actual = result.groups[group];
    const zones = ZONE_IDS.map((z) => {
      const { status: s, score: n } = actual.zones[z];
      const letter = Object.keys(CELL).find((k) => CELL[k] === s);
      return n === null ? letter : `${letter}${n}`;
    });
    expect({ group, zones: zones.join(' '), status: actual.status, score: actual.score }).toEqual({ group, zones: cells, status, score });
  }
}

describe('worked examples of the reference (section C)', () => {
  it('answer sets are valid against the checklist', () => {
    for (const answers of [polyclinic, akimat, pharmacy, school, bank]) expect(validateAnswers(currentChecklist, answers)).toEqual([]);
  });

  it('example 1, new polyclinic: ДП-В, 100, adapted', () => {
    const result = scoreAudit(currentChecklist, polyclinic);
    expectRows(result, {
      wheelchair: ['A100 A100 A100 A100 A100 A100 A100', 'accessible', 100],
      mobility: ['A100 A100 A100 A100 A100 A100 –', 'accessible', 100],
      vision: ['A100 A100 A100 A100 A100 – A100', 'accessible', 100],
      hearing: ['A100 – – A100 A100 A100 A100', 'accessible', 100],
      intellectual: ['A100 – A100 – A100 A100 A100', 'accessible', 100],
    });
    expect(result.registryCode).toBe('ДП-В');
    expect(result.detail).toBe('ДП-В');
    expect(result.score).toBe(100);
    expect(result.adapted).toBe(true);
    expect(result.completeness).toMatchObject({ share: 1, complete: true, blockingUnknowns: [] });
    expect(GROUP_IDS.map((g) => result.groups[g].serviceForm)).toEqual(['А', 'А', 'А', 'А', 'А']);
  });

  it('example 2, 1985 akimat: ДЧ-И (О, С, Г, У); ДУ (К), 84, not adapted', () => {
    const result = scoreAudit(currentChecklist, akimat);
    expectRows(result, {
      wheelchair: ['A100 P90 C50 C50 P90 X0 A100', 'conditional', 60], // raw 67.0 capped at 60
      mobility: ['A100 P90 A100 P90 A100 X0 –', 'partial', 86], // 7700/90
      vision: ['P80 A100 P90 P80 A100 – P60', 'partial', 87], // 7850/90
      hearing: ['A100 – – – P80 – P80', 'partial', 86], // 3000/35
      intellectual: ['A100 – A100 – A100 A100 A100', 'accessible', 100],
    });
    expect(result.detail).toBe('ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)');
    expect(result.registryCode).toBe('ДЧ-И (О, С, Г, У); ДУ (К)');
    expect(result.score).toBe(84); // (60+86+87+86+100)/5 = 83.8
    expect(result.adapted).toBe(false);
    expect(result.adaptation.noBarrier).toBe(false);
    expect(GROUP_IDS.map((g) => result.groups[g].serviceForm)).toEqual(['ДУ', 'А', 'А', 'А', 'А']);
  });

  it('example 2 explains why: assistable entrance and inside criticals, a blocking WC critical', () => {
    const wheelchair = scoreAudit(currentChecklist, akimat).groups.wheelchair;
    const critical = wheelchair.failures.filter((f) => f.severity === 'critical');
    expect(critical.map((f) => [f.item, f.assistable, f.mitigated])).toEqual([
      ['entrance.stepfree_means', true, 'assistance'],
      ['inside.route_stepfree', true, 'assistance'],
      ['inside.vertical_means', true, 'assistance'],
      ['wc.accessible_present', false, null],
    ]);
    expect(wheelchair.failures.find((f) => f.item === 'site.parking_count')).toMatchObject({
      value: { accessible: 2, total: 40 },
      severity: 'minor',
      threshold: '≥ max(1, 10 % of spaces)',
      norm: { clause: 'SP 59.13330.2020 5.2.1 (10 % of spaces, at least one)', confidence: 'confirmed' },
    });
  });

  it('example 3, pharmacy: ДЧ-И (О, С, Г, У); ДУ (К) through remote service, 76', () => {
    const result = scoreAudit(currentChecklist, pharmacy);
    expectRows(result, {
      wheelchair: ['X0 – X0 P80 P70 – P90', 'conditional', 42], // 3150/75, ДУ via service.remote
      mobility: ['P90 – P70 P90 P80 – –', 'partial', 80], // 5200/65 (D: steps_handrails fails M)
      vision: ['P90 – P60 A100 P80 – P80', 'partial', 79], // 5900/75 = 78.67
      hearing: ['A100 – – – P80 – P90', 'partial', 89], // 3100/35 = 88.57
      intellectual: ['A100 – A100 – P80 – P80', 'partial', 92], // 5500/60 = 91.67
    });
    expect(result.registryCode).toBe('ДЧ-И (О, С, Г, У); ДУ (К)');
    expect(result.detail).toBe('ДЧ-И (О, С, Г, У); ДУ (К)');
    expect(result.score).toBe(76); // (42+80+79+89+92)/5 = 76.4
    expect(result.groups.wheelchair.facilityOnlyStatus).toBe('conditional');
    expect(result.groups.wheelchair.facilityOnlyScore).toBe(48); // 3150/65 = 48.46
    expect(result.adapted).toBe(false);
  });

  it('example 4, school with two unanswered items: не определено (К, О), no score, range 83–100', () => {
    const result = scoreAudit(currentChecklist, school);
    expectRows(result, {
      wheelchair: ['A100 A100 U A100 A100 A100 A100', 'unknown', null],
      mobility: ['A100 A100 A100 A100 A100 U –', 'unknown', null],
      vision: ['A100 A100 A100 A100 A100 – A100', 'accessible', 100],
      hearing: ['A100 – – A100 A100 A100 A100', 'accessible', 100],
      intellectual: ['A100 – A100 – A100 A100 A100', 'accessible', 100],
    });
    expect(result.groups.wheelchair.range).toEqual({ best: { status: 'accessible', score: 100 }, worst: { status: 'inaccessible', score: 25 } });
    expect(result.groups.mobility.range).toEqual({ best: { status: 'accessible', score: 100 }, worst: { status: 'partial', score: 89 } });
    expect(result.registryCode).toBe('ДП-И (С, Г, У); не определено (К, О)');
    expect(result.score).toBeNull();
    expect(result.scoreRange).toEqual({ best: 100, worst: 83 }); // (25+89+100+100+100)/5 = 82.8
    expect(result.completeness.share).toBeGreaterThan(0.97);
    expect(result.completeness.share).toBeLessThan(0.99);
    expect(result.completeness.complete).toBe(false);
    expect(result.completeness.blockingUnknowns).toEqual(['ramp.slope', 'wc.grab_bars']);
    expect(result.groups.wheelchair.unknowns).toEqual([{ item: 'ramp.slope', key: 'ramp.slope', zone: 'entrance' }]);
    expect(result.adapted).toBe(false);
  });

  it('example 5, bank: ДЧ-В, 96; adapted only under alternative (b)', () => {
    const result = scoreAudit(currentChecklist, bank);
    expectRows(result, {
      wheelchair: ['P80 A100 P80 A100 P90 P80 A100', 'partial', 90], // 8950/100 = 89.5
      mobility: ['P90 A100 P90 A100 A100 P90 –', 'partial', 95], // 8550/90
      vision: ['A100 A100 A100 A100 A100 – P70', 'partial', 95], // 96.67 capped at 95
      hearing: ['A100 – – – A100 – A100', 'accessible', 100],
      intellectual: ['A100 – A100 – A100 A100 A100', 'accessible', 100],
    });
    expect(result.registryCode).toBe('ДЧ-В');
    expect(result.detail).toBe('ДП-И (Г, У); ДЧ-И (К, О, С)');
    expect(result.score).toBe(96);
    expect(result.adapted).toBe(false);
    expect(result.adaptation.noBarrier).toBe(true);
  });
});
