import { describe, expect, it } from 'vitest';
import { scopeFor, toggled } from './capability-scope.js';

describe('scopeFor', () => {
  it('limits a contributor to the ticked capabilities', () => {
    expect(scopeFor('contributor', ['victim', 'societal'])).toEqual(['victim', 'societal']);
  });

  it('means every capability when nothing is ticked, or for any role but contributor', () => {
    expect(scopeFor('contributor', [])).toBeNull();
    expect(scopeFor('observer', ['victim'])).toBeNull();
    expect(scopeFor('lead', ['victim'])).toBeNull();
  });
});

describe('toggled', () => {
  it('ticks a clear box and clears a ticked one', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});
