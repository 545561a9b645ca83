import { isCalendarDate } from '../../../domain/assessment/index.js';

/**
 * Two dates in words: the locale's own range when both are set, else the one date with what it
 * is, so a missing end never leaves a dash with nothing beside it.
 */
export type DateSpan =
  | { kind: 'range'; text: string }
  | { kind: 'from'; text: string }
  | { kind: 'by'; text: string }
  | { kind: 'none' };

export type ReportFormat = ReturnType<typeof reportFormat>;

/** Dates and numbers as the report's locale writes them. */
export function reportFormat(locale: string) {
  const known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  // A calendar date is read as midnight UTC and written in UTC, so no time zone moves it a day;
  // a timestamp gives its UTC day.
  const days = new Intl.DateTimeFormat(known, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(known);
  const midnight = (text: string) => {
    const day = text.slice(0, 10);
    return isCalendarDate(day) ? new Date(`${day}T00:00:00Z`) : undefined;
  };
  const date = (text: string) => {
    const moment = midnight(text);
    return moment ? days.format(moment) : text;
  };
  const span = (start: string | null, end: string | null): DateSpan => {
    if (start && end) {
      const [from, to] = [midnight(start), midnight(end)];
      return {
        kind: 'range',
        text: from && to ? days.formatRange(from, to) : `${date(start)} – ${date(end)}`,
      };
    }
    if (start) return { kind: 'from', text: date(start) };
    if (end) return { kind: 'by', text: date(end) };
    return { kind: 'none' };
  };
  return { date, span, number: (value: number) => numbers.format(value) };
}
