import { describe, expect, it } from 'vitest';
import { auditStillCounts } from '../../domain/scoring';
import { freshnessAt } from './freshness';

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('freshness cut-off', () => {
  it('starts at midnight in Kazakhstan, in the offset of that date (UTC+6 before March 2024, UTC+5 after)', () => {
    expect(freshnessAt(new Date('2026-01-01T12:00:00Z'), 1095)).toMatchObject({ cutoffDate: '2023-01-02', cutoff: new Date('2023-01-01T18:00:00Z') });
    expect(freshnessAt(new Date('2027-06-01T00:00:00Z'), 1095)).toMatchObject({ cutoffDate: '2024-06-01', cutoff: new Date('2024-05-31T19:00:00Z') });
    // 20:00 UTC is already the next day in Kazakhstan.
    expect(freshnessAt(new Date('2026-01-01T20:00:00Z'), 1095).cutoffDate).toBe('2023-01-03');
  });

  it('keeps an audit fresh from its date through N days later, and not a day longer, for every date from 2020 to 2040', () => {
    for (const days of [30, 1095]) {
      for (let day = Date.UTC(2020, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY_MS) {
        const audited = isoDate(day);
        // Read at noon in Kazakhstan, N days after the audit and N + 1 days after.
        expect(audited >= freshnessAt(new Date(day + days * DAY_MS + 7 * 3_600_000), days).cutoffDate, audited).toBe(true);
        expect(audited >= freshnessAt(new Date(day + (days + 1) * DAY_MS + 7 * 3_600_000), days).cutoffDate, audited).toBe(false);
      }
    }
  });

  it('with 1,095 days ends with the scoring module\'s three calendar years, or one day later when those hold no 29 February', () => {
    for (let day = Date.UTC(2020, 0, 1); day < Date.UTC(2041, 0, 1); day += DAY_MS) {
      const audited = isoDate(day);
      const lastFresh = isoDate(day + 1095 * DAY_MS);
      const threeYears = auditStillCounts(audited, lastFresh) ? 0 : 1;
      const leapDayInside = new Date(Date.UTC(new Date(day).getUTCFullYear() + 3, new Date(day).getUTCMonth(), new Date(day).getUTCDate())).getTime() - day > 1095 * DAY_MS;
      expect(threeYears, audited).toBe(leapDayInside ? 0 : 1);
    }
  });
});
