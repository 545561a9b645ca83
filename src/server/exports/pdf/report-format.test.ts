import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { reportFormat } from './report-format.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How en-GB writes a calendar date, worked out from its digits rather than by a formatter. */
function britishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const calendarDate = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2199, 11, 31)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

// Zones on both sides of UTC, where reading a calendar date as local time lands on another day.
const timeZone = fc.constantFrom('UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata');

const DASHES = /[-‐‑‒–—―]\s*[-‐‑‒–—―]/u;

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe('reportFormat', () => {
  it('writes a calendar date, or the day of a timestamp in UTC, as the locale does', () => {
    const { date } = reportFormat('en-GB');
    expect(date('2026-01-01')).toBe('1 January 2026');
    expect(date('2026-07-01T23:30:00.000Z')).toBe('1 July 2026');
    expect(reportFormat('ar').date('2027-03-31')).toBe('31 مارس 2027');
  });

  it('leaves text that is not a calendar date as it is', () => {
    expect(reportFormat('en-GB').date('2026-02-30')).toBe('2026-02-30');
  });

  it('writes a range as the locale does, and one date with what it is', () => {
    const { span } = reportFormat('en-GB');
    // English sets its range dash between thin spaces.
    expect(span('2026-01-01', '2027-03-31')).toEqual({
      kind: 'range',
      text: '1 January 2026\u2009–\u200931 March 2027',
    });
    expect(span('2026-03-01', '2026-03-31')).toEqual({
      kind: 'range',
      text: '1\u2009–\u200931 March 2026',
    });
    expect(span('2026-03-01', null)).toEqual({ kind: 'from', text: '1 March 2026' });
    expect(span(null, '2027-03-31')).toEqual({ kind: 'by', text: '31 March 2027' });
    expect(span(null, null)).toEqual({ kind: 'none' });
    expect(reportFormat('ar').span('2026-01-01', '2026-12-31')).toEqual({
      kind: 'range',
      text: '1 يناير – 31 ديسمبر 2026',
    });
  });

  it('keeps both days of a range it cannot read, with one dash between them', () => {
    expect(reportFormat('en-GB').span('2026-02-30', '2026-03-31')).toEqual({
      kind: 'range',
      text: '2026-02-30 – 31 March 2026',
    });
  });

  it('never shifts a day, whatever the time zone, and never writes two dashes together', () => {
    fc.assert(
      fc.property(
        fc.option(calendarDate),
        fc.option(calendarDate),
        timeZone,
        (start, end, zone) => {
          process.env.TZ = zone;
          const span = reportFormat('en-GB').span(start, end);
          if (span.kind === 'none') return start === null && end === null;
          expect(span.text).not.toMatch(DASHES);
          if (span.kind === 'from') expect(span.text).toBe(britishDate(start ?? ''));
          if (span.kind === 'by') expect(span.text).toBe(britishDate(end ?? ''));
          if (span.kind === 'range') {
            // en-GB leaves out of the start what the end repeats, but keeps the start's day.
            expect(span.text.endsWith(britishDate(end ?? ''))).toBe(true);
            expect(span.text).toMatch(new RegExp(`^${britishDate(start ?? '').split(' ')[0]}\\D`));
          }
          return true;
        },
      ),
    );
  });

  it('writes numbers in the locale’s digits', () => {
    expect(reportFormat('en').number(1204)).toBe('1,204');
    expect(reportFormat('ar-EG').number(1204)).toBe('١٬٢٠٤');
  });
});
