import { dictionary } from '@zxcvbn-ts/language-common';
import { MIN_PASSWORD_LENGTH } from '../../domain/accounts/index.js';

/**
 * Sequences people walk along when asked for a long password. Digits repeat so a run may wrap
 * (…7890123…); reversed copies catch runs typed backwards.
 */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789'.repeat(4),
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
].flatMap((sequence) => [sequence, [...sequence].reverse().join('')]);

let common: ReadonlySet<string> | undefined;

/** The ~49,000 most common passwords, lower-cased; loaded on first use (it is large). */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

/** A password with its leading and trailing digits and symbols removed: "Sunshine2024!" → "sunshine". */
function core(lower: string): string {
  return lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
}

function isTrivial(text: string): boolean {
  if (text.length === 0) return true;
  if (/^(.+?)\1+$/su.test(text)) return true;
  return SEQUENCES.some((sequence) => sequence.includes(text));
}

/**
 * Why a new password is refused, or undefined when it is acceptable: too short, a common
 * password (whatever the case, with or without digits and symbols around it), or a repeated or
 * sequential string such as "aaaaaaaaaaaa" or "abcdefghijkl".
 */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  const lower = password.toLowerCase();
  const stripped = core(lower);
  if (commonPasswords().has(lower) || commonPasswords().has(stripped)) {
    return 'This is one of the most common passwords; choose one others would not guess, such as a few unrelated words.';
  }
  if (isTrivial(lower) || isTrivial(stripped)) {
    return 'This password is a repeated or sequential pattern; choose one others would not guess, such as a few unrelated words.';
  }
  return undefined;
}
