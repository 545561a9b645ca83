import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMadeInTheFuture } from './receiving.js';

describe('isMadeInTheFuture', () => {
  const now = new Date('2026-12-03T10:00:00.000Z');

  it('allows an hour of clock drift, and nothing beyond', () => {
    expect(isMadeInTheFuture('2026-12-03T11:00:00.000Z', now)).toBe(false);
    expect(isMadeInTheFuture('2026-12-03T11:00:00.001Z', now)).toBe(true);
    expect(isMadeInTheFuture('2099-01-01T00:00:00.000Z', now)).toBe(true);
  });

  it('reads the offset a timestamp is written with', () => {
    expect(isMadeInTheFuture('2026-12-03T12:30:00+02:00', now)).toBe(false);
    expect(isMadeInTheFuture('2026-12-03T12:30:00-02:00', now)).toBe(true);
  });

  it('never refuses a submission made at or before now', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (before) => {
        const createdAt = new Date(now.getTime() - before).toISOString();
        expect(isMadeInTheFuture(createdAt, now)).toBe(false);
      }),
    );
  });
});
