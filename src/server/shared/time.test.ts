import { describe, expect, it } from 'vitest';
import { fileNameTime } from './time.js';

describe('fileNameTime', () => {
  it('writes a moment in UTC to the second, without the colons Windows refuses', () => {
    expect(fileNameTime('2026-12-04T17:18:05.123Z')).toBe('2026-12-04T171805Z');
    expect(fileNameTime('2026-12-04T18:18:05+01:00')).toBe('2026-12-04T171805Z');
  });
});
