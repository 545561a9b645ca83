import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('granite harbour lantern')).toBeUndefined();
    expect(passwordProblem('Velvet-Otter-93-Quay')).toBeUndefined();
  });

  it('refuses passwords under 12 characters', () => {
    expect(passwordProblem('short pass1')).toMatch(/at least 12 characters/);
  });

  it('refuses common passwords whatever the case', () => {
    expect(passwordProblem('qwerty123456')).toMatch(/most common passwords/);
    expect(passwordProblem('QwErTy123456')).toMatch(/most common passwords/);
    expect(passwordProblem('LeaveMeAlone')).toMatch(/most common passwords/);
  });

  it('refuses a common password padded with digits and symbols', () => {
    expect(passwordProblem('Sunshine2024!!')).toMatch(/most common passwords/);
    expect(passwordProblem('!!password!!!')).toMatch(/most common passwords/);
  });

  it('refuses repeated and sequential strings', () => {
    for (const password of [
      'aaaaaaaaaaaa',
      'abcabcabcabc',
      'passwordpassword',
      'abcdefghijklm',
      'mlkjihgfedcba',
      '123456789012',
      '0987654321098',
      'qwertyuiopasdf',
      '!!!!!!!!!!!!',
    ]) {
      expect(passwordProblem(password), password).toMatch(/common|pattern/);
    }
  });
});
