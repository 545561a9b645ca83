import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDateSchema,
  daysInMonth,
  isCalendarDate,
  isOverdue,
  nextAssessmentDue,
} from './due-date.js';

const dateArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2300 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month))
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

const split = (date: string) => date.split('-').map(Number) as [number, number, number];

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(calendarDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(calendarDateSchema.parse('2026-02-28')).toBe('2026-02-28');
  });
});

describe('nextAssessmentDue', () => {
  it('is 24 months after the last finalised assessment by default', () => {
    expect(nextAssessmentDue('2025-06-15')).toBe('2027-06-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(nextAssessmentDue('2024-02-29')).toBe('2026-02-28');
    expect(nextAssessmentDue('2024-02-29', 48)).toBe('2028-02-29');
    expect(nextAssessmentDue('2025-08-31', 6)).toBe('2026-02-28');
    expect(nextAssessmentDue('2025-03-31', 1)).toBe('2025-04-30');
  });

  it('crosses year ends', () => {
    expect(nextAssessmentDue('2025-11-30', 3)).toBe('2026-02-28');
    expect(nextAssessmentDue('2025-12-01', 12)).toBe('2026-12-01');
  });

  it('refuses a bad date or interval', () => {
    expect(() => nextAssessmentDue('2025-02-30')).toThrow(RangeError);
    expect(() => nextAssessmentDue('2025-01-01', 0)).toThrow(RangeError);
    expect(() => nextAssessmentDue('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it('is due on the day and overdue from the day after', () => {
    expect(isOverdue('2026-02-28', '2026-02-27')).toBe(false);
    expect(isOverdue('2026-02-28', '2026-02-28')).toBe(false);
    expect(isOverdue('2026-02-28', '2026-03-01')).toBe(true);
    expect(isOverdue('2026-02-28', '2027-01-01')).toBe(true);
  });

  it('refuses text that is not a calendar date', () => {
    expect(() => isOverdue('2026-02-28', '1 March 2026')).toThrow(RangeError);
  });
});

describe('due date properties', () => {
  it('is always a valid calendar date, exactly N months later when that day exists', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 120 }), (date, months) => {
        const due = nextAssessmentDue(date, months);
        expect(isCalendarDate(due)).toBe(true);
        const [year, month, day] = split(date);
        const [dueYear, dueMonth, dueDay] = split(due);
        expect((dueYear - year) * 12 + (dueMonth - month)).toBe(months);
        const lastDay = daysInMonth(dueYear, dueMonth);
        expect(dueDay).toBe(Math.min(day, lastDay));
      }),
    );
  });

  it('falls due strictly after the last assessment, and is overdue only after the due date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 120 }), dateArb, (date, months, today) => {
        const due = nextAssessmentDue(date, months);
        expect(due > date).toBe(true);
        expect(isOverdue(due, date)).toBe(false);
        expect(isOverdue(due, today)).toBe(today > due);
      }),
    );
  });

  it('undoes itself going back when no day was clamped', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -120, max: 120 }), (date, months) => {
        if (split(date)[2] > 28) return;
        expect(addMonths(addMonths(date, months), -months)).toBe(date);
      }),
    );
  });
});
