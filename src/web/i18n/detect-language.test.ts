import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  const available = ['en', 'fr', 'zh-Hans'];

  it('takes the first preferred language that has a catalogue', () => {
    expect(detectLanguage(['de', 'fr', 'en'], available, 'en')).toBe('fr');
  });

  it('matches a regional tag to its language', () => {
    expect(detectLanguage(['fr-CA'], available, 'en')).toBe('fr');
  });

  it('matches tags regardless of case and returns the catalogue spelling', () => {
    expect(detectLanguage(['ZH-hans'], available, 'en')).toBe('zh-Hans');
  });

  it('falls back when nothing matches', () => {
    expect(detectLanguage(['de', 'ru'], available, 'en')).toBe('en');
    expect(detectLanguage([], available, 'en')).toBe('en');
  });
});
