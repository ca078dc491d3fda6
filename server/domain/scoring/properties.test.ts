import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentChecklist, GROUP_IDS, ZONE_IDS, type AnswerValue, type AuditAnswers } from '../checklist';
import { answerCandidates, consistentAnswers, passingCandidates, referencedItems, verdict } from './sample-answers';
import { scoreAudit } from './score-audit';
import type { AuditResult, Estimate, GroupResult, Status } from './types';
import { validateAnswers } from './validate';

/**
 * Properties of the scoring over random audits built from realistic answers around every threshold
 * (docs/adr/0101 explains why they hold). Audits are kept consistent the way the tablet keeps them:
 * an item closed by a gate is answered "na".
 */
const checklist = currentChecklist;
const items = checklist.items;
const RANK: Record<Exclude<Status, 'unknown'>, number> = { inaccessible: 1, conditional: 2, partial: 3, accessible: 4 };

/** A full answer set: every item answered (sometimes "na"), plus sometimes a second entrance and cabin. */
const fullAudit: fc.Arbitrary<AuditAnswers> = fc
  .tuple(
    fc.tuple(...items.map((item) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...answerCandidates(checklist, item)) }, { weight: 1, arbitrary: fc.constant<AnswerValue>('na') }))),
    fc.option(fc.tuple(...items.filter((i) => i.instance === 'entrance').map((i) => fc.constantFrom(...answerCandidates(checklist, i)))), { freq: 3 }),
  )
  .map(([values, side]) => {
    const answers: AuditAnswers = Object.fromEntries(items.map((item, i) => [item.id, values[i]]));
    side?.forEach((value, i) => (answers[`${items.filter((it) => it.instance === 'entrance')[i].id}@side`] = value));
    return consistentAnswers(checklist, answers);
  });

/**
 * The answer set with only the keys where `keep` is true. The level change of each entrance is always
 * kept, so both audits describe the same entrances: describing another entrance can reopen a zone.
 */
const ALWAYS = /^entrance\.level_change(@|$)/;
const subset = (answers: AuditAnswers, keep: boolean[]) => Object.fromEntries(Object.entries(answers).filter(([k], i) => keep[i] || ALWAYS.test(k)));
const masks = fc.array(fc.boolean(), { minLength: 200, maxLength: 200 });

const estimates = (g: GroupResult): Estimate[] => (g.range ? [g.range.best, g.range.worst] : []);
function notLower(before: Estimate, after: Estimate) {
  return RANK[after.status] >= RANK[before.status] && (after.score ?? 0) >= (before.score ?? 0);
}

function expectNoGroupLowered(before: AuditResult, after: AuditResult) {
  for (const group of GROUP_IDS) {
    const [b, a] = [before.groups[group], after.groups[group]];
    const [bBest, bWorst] = estimates(b);
    const [aBest, aWorst] = estimates(a);
    if (bBest && aBest) {
      expect(notLower(bBest, aBest), `${group} best case lowered`).toBe(true);
      expect(notLower(bWorst, aWorst), `${group} worst case lowered`).toBe(true);
    }
    if (b.status !== 'unknown' && a.status !== 'unknown') {
      expect(RANK[a.status], `${group} status lowered`).toBeGreaterThanOrEqual(RANK[b.status]);
      expect(a.score!, `${group} score lowered`).toBeGreaterThanOrEqual(b.score!);
    }
    if (b.facilityOnlyStatus !== 'unknown' && a.facilityOnlyStatus !== 'unknown') {
      expect(RANK[a.facilityOnlyStatus]).toBeGreaterThanOrEqual(RANK[b.facilityOnlyStatus]);
      expect(a.facilityOnlyScore!).toBeGreaterThanOrEqual(b.facilityOnlyScore!);
    }
  }
  if (before.score !== null && after.score !== null) expect(after.score).toBeGreaterThanOrEqual(before.score);
}

// Gates and the stair-climber change what other answers mean; every other item can be "fixed".
const referenced = referencedItems(checklist);
const fixable = items.filter((i) => !referenced.has(i.id) && passingCandidates(checklist, i).length > 0);

describe('scoring properties', () => {
  it('generates valid audits', () => {
    fc.assert(
      fc.property(fullAudit, masks, (answers, keep) => {
        expect(validateAnswers(checklist, subset(answers, keep))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('turning a failing answer into a passing one never lowers any group’s status or score', () => {
    const fix = fc.tuple(fc.constantFrom(...fixable), fc.nat());
    fc.assert(
      fc.property(fullAudit, masks, fix, (full, keep, [item, pick]) => {
        const answers = subset(full, keep);
        const passing = passingCandidates(checklist, item);
        const fixed = { ...answers, [item.id]: passing[pick % passing.length] };
        if (verdict(checklist, item, answers[item.id] ?? null) !== 'fails') return; // only a failing answer is turned
        expectNoGroupLowered(scoreAudit(checklist, answers), scoreAudit(checklist, fixed));
      }),
      { numRuns: 400 },
    );
  });

  it('answering more items never turns a known status into unknown', () => {
    fc.assert(
      fc.property(fullAudit, masks, masks, (full, keep, more) => {
        const fewer = scoreAudit(checklist, subset(full, keep));
        const moreAnswers = scoreAudit(checklist, subset(full, keep.map((k, i) => k || more[i])));
        for (const group of GROUP_IDS) {
          const [before, after] = [fewer.groups[group], moreAnswers.groups[group]];
          if (before.status !== 'unknown') expect(after.status, `${group}`).not.toBe('unknown');
          if (before.facilityOnlyStatus !== 'unknown') expect(after.facilityOnlyStatus, `${group} facility-only`).not.toBe('unknown');
          for (const zone of ZONE_IDS) {
            if (before.zones[zone].status !== 'unknown') expect(after.zones[zone].status, `${group} ${zone}`).not.toBe('unknown');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an audit with no answers is unknown for every group, never accessible', () => {
    const empty = scoreAudit(checklist, {});
    for (const group of GROUP_IDS) {
      expect(empty.groups[group].status).toBe('unknown');
      expect(empty.groups[group].facilityOnlyStatus).toBe('unknown');
      expect(empty.groups[group].score).toBeNull();
      expect(empty.groups[group].code).toBeNull();
    }
    expect(empty.registryCode).toBe('не определено (К, О, С, Г, У)');
    expect(empty.score).toBeNull();
    expect(empty.adapted).toBe(false);
    expect(empty.completeness).toMatchObject({ answered: 0, complete: false });
  });

  it('a group is accessible only when every case is accessible, and an accessible group scores 100', () => {
    fc.assert(
      fc.property(fullAudit, masks, (full, keep) => {
        const result = scoreAudit(checklist, subset(full, keep));
        for (const group of GROUP_IDS) {
          const g = result.groups[group];
          if (g.status === 'accessible') {
            expect(g.range?.worst.status).toBe('accessible');
            expect(g.unknowns).toEqual([]);
            expect(g.score).toBe(100);
          }
          if (g.status === 'unknown') expect(g.score).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
