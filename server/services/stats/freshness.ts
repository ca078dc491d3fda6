/** The time zone whose calendar dates and months the statistics use (all of Kazakhstan since 2024). */
export const STATS_TIME_ZONE = 'Asia/Almaty';

/** An audit counts for the adaptation rate for `days` days from its date. */
export interface Freshness {
  days: number;
  /** Audits made at or after this instant are fresh: the start of a day in Kazakhstan. */
  cutoff: Date;
  /** That day, YYYY-MM-DD. */
  cutoffDate: string;
}

const DAY_MS = 86_400_000;

/**
 * The freshness cut-off at `now`: midnight in Kazakhstan, `days` days before today's date there,
 * so an audit is fresh on the dates from its own through `days` days later, and the numbers do
 * not change during a day.
 * @example freshnessAt(new Date('2026-01-01T12:00:00Z'), 1095).cutoffDate // '2023-01-02'
 */
export function freshnessAt(now: Date, days: number): Freshness {
  const today = localParts(now);
  const dateUtc = Date.UTC(today.year, today.month - 1, today.day) - days * DAY_MS;
  // The offset of that date, not today's: Almaty moved from UTC+6 to UTC+5 in 2024.
  const offset = localParts(new Date(dateUtc - today.offsetMinutes * 60_000)).offsetMinutes;
  return {
    days,
    cutoff: new Date(dateUtc - offset * 60_000),
    cutoffDate: new Date(dateUtc).toISOString().slice(0, 10),
  };
}

const localFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: STATS_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', timeZoneName: 'longOffset',
});

function localParts(instant: Date) {
  const parts = localFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(part('timeZoneName'));
  const offsetMinutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return { year: Number(part('year')), month: Number(part('month')), day: Number(part('day')), offsetMinutes };
}
