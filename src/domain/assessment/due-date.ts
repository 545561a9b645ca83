import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` with no time or zone, so it never shifts a day between places. */
export type CalendarDate = string;

export const DEFAULT_REASSESSMENT_MONTHS = 24;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type DateParts = { year: number; month: number; day: number };

function parseDate(date: string): DateParts | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

export function isCalendarDate(date: string): boolean {
  return parseDate(date) !== undefined;
}

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, 'must be a date such as 2026-03-31');

function format({ year, month, day }: DateParts): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The same day `months` later (or earlier, if negative), or the last day of that month when it is
 * shorter: 2024-01-31 + 1 month = 2024-02-29. Plain arithmetic on the numbers, not `Date`.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  if (!Number.isInteger(months)) throw new RangeError(`${months} is not a whole number of months`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 1 || year > 9999) throw new RangeError(`${date} + ${months} months is out of range`);
  return format({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/** When the next cycle is due: `months` (default 24) after the last finalised assessment. */
export function nextAssessmentDue(
  lastFinalised: CalendarDate,
  months: number = DEFAULT_REASSESSMENT_MONTHS,
): CalendarDate {
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`the reassessment interval must be at least one month, not ${months}`);
  }
  return addMonths(lastFinalised, months);
}

/** Overdue from the day after the due date; on the due date itself it is just due. */
export function isOverdue(dueDate: CalendarDate, today: CalendarDate): boolean {
  if (!isCalendarDate(dueDate) || !isCalendarDate(today)) {
    throw new RangeError(`"${dueDate}" and "${today}" must both be calendar dates YYYY-MM-DD`);
  }
  // Zero-padded YYYY-MM-DD strings sort in date order.
  return today > dueDate;
}
