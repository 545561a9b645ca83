import { useMemo } from 'react';
import { formatCalendarDate } from './calendar-date.js';
import { useFormattingLocale } from './use-formatting-locale.js';

function useDateTimeFormat(timeStyle: 'short' | 'medium'): (iso: string) => string {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle });
    return (iso: string) => format.format(new Date(iso));
  }, [locale, timeStyle]);
}

/** A moment (ISO 8601) as people write it where they are, in the interface language, with the time. */
export function useFormatDateTime(): (iso: string) => string {
  return useDateTimeFormat('short');
}

/** The same with the seconds, to tell apart moments of the same minute. */
export function useFormatDateTimeToSecond(): (iso: string) => string {
  return useDateTimeFormat('medium');
}

/** A calendar date (`YYYY-MM-DD`) written out in the reader's locale, never shifted by time zone. */
export function useFormatCalendarDate(): (text: string) => string {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return (text: string) => formatCalendarDate(text, format);
  }, [locale]);
}
