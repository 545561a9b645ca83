import { describe, expect, it } from 'vitest';
import { formattingLocale } from './formatting-locale.js';

describe('formattingLocale', () => {
  it('takes the first preferred regional variant of the interface language', () => {
    expect(formattingLocale('en', ['fr-FR', 'en-GB', 'en-US'])).toBe('en-GB');
    expect(formattingLocale('fr', ['fr-CA'])).toBe('fr-CA');
  });

  it('keeps the interface language when the browser prefers none of its variants', () => {
    expect(formattingLocale('en', ['de-DE'])).toBe('en');
    expect(formattingLocale('ar', [])).toBe('ar');
  });
});
