/**
 * A calendar date (`YYYY-MM-DD`, as a date input gives it and the API stores it) as a moment the
 * formatter reads in UTC. A calendar date has no time zone: formatting it in UTC keeps it the
 * same day wherever the reader is, where `new Date('2026-01-01')` in local time may show 31 December.
 */
export function calendarDateAsUtc(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Writes a calendar date with `format` (made with `timeZone: 'UTC'`); anything else as it is. */
export function formatCalendarDate(text: string, format: Intl.DateTimeFormat): string {
  const date = calendarDateAsUtc(text);
  return date ? format.format(date) : text;
}
