import { describe, expect, it } from 'vitest';
import { returnPath, returnState } from './return-path.js';

describe('returnPath', () => {
  it('returns to the page, query and fragment the person was on', () => {
    const state = returnState({ pathname: '/invite', search: '?a=1', hash: '#token=abc' });
    expect(returnPath(state, '/home')).toBe('/invite?a=1#token=abc');
  });

  it('falls back without a state or with one that is not a path on this site', () => {
    expect(returnPath(null, '/home')).toBe('/home');
    expect(returnPath({ from: 42 }, '/home')).toBe('/home');
    expect(returnPath({ from: 'https://evil.example/' }, '/home')).toBe('/home');
    expect(returnPath({ from: '//evil.example/' }, '/home')).toBe('/home');
  });

  it('does not return to the sign-in page itself', () => {
    expect(returnPath({ from: '/sign-in' }, '/home')).toBe('/home');
  });
});
