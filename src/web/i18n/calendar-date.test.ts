import { describe, expect, it } from 'vitest';
import { calendarDateAsUtc, formatCalendarDate } from './calendar-date.js';

describe('formatCalendarDate', () => {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

  it('writes the same day in every locale, whatever the reader’s time zone', () => {
    expect(formatCalendarDate('2026-01-01', format('en-GB'))).toBe('1 January 2026');
    expect(formatCalendarDate('2026-12-31', format('en-US'))).toBe('December 31, 2026');
    expect(formatCalendarDate('2026-03-05', format('fr'))).toBe('5 mars 2026');
  });

  it('leaves text that is not a calendar date as it is', () => {
    expect(formatCalendarDate('soon', format('en-GB'))).toBe('soon');
    expect(formatCalendarDate('2026-02-30', format('en-GB'))).toBe('2026-02-30');
  });
});

describe('calendarDateAsUtc', () => {
  it('reads the date at midnight UTC', () => {
    expect(calendarDateAsUtc('2026-07-15')?.toISOString()).toBe('2026-07-15T00:00:00.000Z');
    expect(calendarDateAsUtc('2026-7-15')).toBeUndefined();
  });
});
