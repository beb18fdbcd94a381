import { addDays, addMonths, addWeeks, differenceInCalendarDays, getDay, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  describeDateProblem,
  endOfMonthsPeriod,
  formatIsoDate,
  formatLongDate,
  isIsoDate,
  parseIsoDate,
} from './dates.ts';

const end = (start: string, n: number): string => formatIsoDate(endOfMonthsPeriod(parseIsoDate(start), n));

// Independent integer reference (days since 1970-01-01, proleptic Gregorian), used to check
// that local-date arithmetic gives the same calendar days in whatever TZ the suite runs.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
// R2 computed on integers only: the day before the same-numbered day n months later, or the
// last day of that month when it has no such day.
function endOfMonthsPeriodReference(start: string, n: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const last = daysInMonth(year, month);
  return d > last ? civilFromDays(daysFromCivil(year, month, last)) : civilFromDays(daysFromCivil(year, month, d) - 1);
}

describe('endOfMonthsPeriod (R2)', () => {
  it.each([
    // Every row of the spec's R2 table.
    ['2025-03-15', 12, '2026-03-14', 'normal case'],
    ['2024-01-31', 12, '2025-01-30', 'corresponding day exists'],
    ['2024-02-29', 12, '2025-02-28', 'no 29 Feb in 2025, so the last day of Feb'],
    ['2023-03-01', 12, '2024-02-29', 'ends on 29 Feb in a leap year'],
    ['2023-02-28', 12, '2024-02-27', 'corresponding 28 Feb exists, so the day before it'],
    // Further month ends.
    ['2024-01-30', 1, '2024-02-29', '30 Jan + 1 month: no 30 Feb, so the last day of Feb (leap)'],
    ['2023-01-30', 1, '2023-02-28', '30 Jan + 1 month: last day of Feb (common year)'],
    ['2024-01-29', 1, '2024-02-28', '29 Jan + 1 month: 29 Feb exists, so the day before'],
    ['2023-03-31', 11, '2024-02-29', '31 Mar + 11 months: clamps to 29 Feb'],
    ['2025-05-31', 1, '2025-06-30', '31 May + 1 month: June has 30 days'],
    ['2025-04-30', 12, '2026-04-29', '30 April'],
    ['2025-08-31', 12, '2026-08-30', '31 August'],
    ['2025-12-31', 12, '2026-12-30', 'year end'],
    ['2025-01-01', 12, '2025-12-31', 'period is exactly the calendar year'],
    ['2028-02-29', 12, '2029-02-28', '29 Feb plan date in 2028'],
    ['2024-02-29', 48, '2028-02-28', '29 Feb + 4 years: 29 Feb exists, so the day before'],
  ])('%s + %i months ends on %s (%s)', (start, n, expected) => {
    expect(end(start, n)).toBe(expected);
  });

  it('is not the addMonths(subDays(start, 1), n) shortcut, which is a day short for 2023-03-01', () => {
    const start = parseIsoDate('2023-03-01');
    expect(formatIsoDate(addMonths(subDays(start, 1), 12))).toBe('2024-02-28');
    expect(end('2023-03-01', 12)).toBe('2024-02-29');
  });

  it('matches the integer reference for every start day 1995–2032 (n = 1, 5, 12)', () => {
    const mismatches: string[] = [];
    for (let day = daysFromCivil(1995, 1, 1); day <= daysFromCivil(2032, 12, 31); day += 1) {
      const start = civilFromDays(day);
      for (const n of [1, 5, 12]) {
        const expected = endOfMonthsPeriodReference(start, n);
        if (end(start, n) !== expected) mismatches.push(`${start}+${n}: ${end(start, n)} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('parseIsoDate / formatIsoDate (R1)', () => {
  // Collect mismatches and assert once: ~110,000 days, so no per-day expect().
  it('round-trips every calendar day 1900–2199 and agrees with integer day arithmetic in this TZ', () => {
    const mismatches: string[] = [];
    const first = daysFromCivil(1900, 1, 1);
    const last = daysFromCivil(2199, 12, 31);
    for (let day = first; day <= last; day += 1) {
      const text = civilFromDays(day);
      const date = parseIsoDate(text);
      const next = civilFromDays(day + 1);
      // 1970-01-01 was a Thursday (4).
      const weekday = (((day + 4) % 7) + 7) % 7;
      if (formatIsoDate(date) !== text) mismatches.push(`${text} formats as ${formatIsoDate(date)}`);
      if (getDay(date) !== weekday) mismatches.push(`${text} weekday ${getDay(date)} ≠ ${weekday}`);
      if (formatIsoDate(addDays(date, 1)) !== next) mismatches.push(`${text} + 1 day ≠ ${next}`);
      if (day < last && differenceInCalendarDays(parseIsoDate(next), date) !== 1) {
        mismatches.push(`${next} − ${text} ≠ 1 day`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('adds and subtracts 4 weeks across every DST change 2020–2030 as integer arithmetic does', () => {
    const mismatches: string[] = [];
    for (let day = daysFromCivil(2020, 1, 1); day <= daysFromCivil(2030, 12, 31); day += 1) {
      const date = parseIsoDate(civilFromDays(day));
      if (formatIsoDate(addWeeks(date, 4)) !== civilFromDays(day + 28)) mismatches.push(`+4w ${civilFromDays(day)}`);
      if (formatIsoDate(subDays(date, 28)) !== civilFromDays(day - 28)) mismatches.push(`-28d ${civilFromDays(day)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-1-5', false],
    ['2025-01-5', false],
    ['25-01-05', false],
    ['2025-00-10', false],
    ['2025-13-01', false],
    ['2025-01-00', false],
    ['2025-01-05T00:00:00Z', false],
    [' 2025-01-05', false],
    ['20250105', false],
    ['1899-12-31', false],
    ['2200-01-01', false],
    ['1900-01-01', true],
    ['2199-12-31', true],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2025-02-30', 'is not a real date: February 2025 has 28 days (got "2025-02-30")'],
    ['2025-1-5', 'must be written as YYYY-MM-DD'],
    ['2025-13-01', 'has no month 13'],
    ['1850-01-01', 'must be a date between 1900 and 2199'],
  ])('describes the problem with %j', (value, expected) => {
    expect(describeDateProblem(value)).toContain(expected);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20250105)).toBe(false);
    expect(isIsoDate(new Date(2025, 0, 5))).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('throws a RangeError when parsing an invalid date', () => {
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
  });

  it('formats long dates with the weekday', () => {
    expect(formatLongDate(parseIsoDate('2026-02-14'))).toBe('Saturday 14 February 2026');
    expect(formatLongDate(parseIsoDate('2025-11-29'))).toBe('Saturday 29 November 2025');
  });
});
