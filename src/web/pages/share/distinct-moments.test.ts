import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctMoments, type MomentFormats } from './distinct-moments.js';

const formats: MomentFormats = {
  toMinute: (iso) => iso.slice(0, 16),
  toSecond: (iso) => iso.slice(0, 19),
  numbered: (when, number, count) => `${when} (${number} of ${count})`,
};

describe('distinctMoments', () => {
  it('writes a moment to the minute when no other shares the minute', () => {
    const texts = distinctMoments(
      [
        { id: 'a', at: '2026-12-04T17:18:05.000Z' },
        { id: 'b', at: '2026-12-04T17:19:05.000Z' },
      ],
      formats,
    );
    expect([...texts]).toEqual([
      ['a', '2026-12-04T17:18'],
      ['b', '2026-12-04T17:19'],
    ]);
  });

  it('adds the seconds where two share the minute, and numbers those made the same second', () => {
    const texts = distinctMoments(
      [
        { id: 'newest', at: '2026-12-04T17:18:40.900Z' },
        { id: 'second', at: '2026-12-04T17:18:05.700Z' },
        { id: 'first', at: '2026-12-04T17:18:05.100Z' },
        { id: 'alone', at: '2026-12-03T09:00:00.000Z' },
      ],
      formats,
    );
    expect(Object.fromEntries(texts)).toEqual({
      newest: '2026-12-04T17:18:40',
      second: '2026-12-04T17:18:05 (2 of 2)',
      first: '2026-12-04T17:18:05 (1 of 2)',
      alone: '2026-12-03T09:00',
    });
  });

  it('never writes two moments of a list alike', () => {
    const moment = fc.record({
      id: fc.uuid(),
      at: fc
        .integer({ min: 0, max: 5 * 60_000 })
        .map((ms) => new Date(Date.UTC(2026, 11, 4, 17, 18) + ms).toISOString()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(moment, { selector: (m) => m.id, maxLength: 12 }), (moments) => {
        const texts = [...distinctMoments(moments, formats).values()];
        expect(texts).toHaveLength(moments.length);
        expect(new Set(texts).size).toBe(texts.length);
      }),
    );
  });
});
