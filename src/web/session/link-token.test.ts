import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './link-token.js';

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc-DEF_123')).toBe('abc-DEF_123');
    expect(tokenFromHash('token=abc')).toBe('abc');
  });

  it('finds nothing in an empty or unrelated fragment', () => {
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#')).toBeUndefined();
    expect(tokenFromHash('#main')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
  });
});
