import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/api-error.js';
import { errorsFromApiError, errorsFromIssues, fieldError } from './form-errors.js';

const schema = z.object({
  email: z.email(),
  password: z.string().min(12).max(20),
  token: z.string().min(20),
});

function issues(values: unknown) {
  const parsed = schema.safeParse(values);
  if (parsed.success) throw new Error('expected the values to be refused');
  return parsed.error.issues;
}

describe('errorsFromIssues', () => {
  const messages = { email: 'Enter an email address', password: 'Use 12 to 20 characters' };

  it('gives each refused member the form’s one message for it, once, in the form’s order', () => {
    const errors = errorsFromIssues(
      issues({ email: 'x', password: '', token: 'x'.repeat(20) }),
      messages,
      'Check this',
      ['password', 'email'],
    );
    expect(errors).toEqual([
      { field: 'password', message: 'Use 12 to 20 characters' },
      { field: 'email', message: 'Enter an email address' },
    ]);
  });

  it('falls back to the general message for a member the form has no words for, first', () => {
    const errors = errorsFromIssues(
      issues({ email: 'x', password: 'x'.repeat(12), token: 'short' }),
      { email: 'Enter an email address' },
      'This link is not complete',
      ['email'],
    );
    expect(errors).toEqual([
      { field: 'token', message: 'This link is not complete' },
      { field: 'email', message: 'Enter an email address' },
    ]);
  });
});

describe('errorsFromApiError', () => {
  const refusal = (fieldErrors: Record<string, string>) =>
    new ApiError('problem', 422, 'Refused.', 'Refused', fieldErrors);

  it('puts the server’s messages next to the members the form has, in the form’s order', () => {
    const errors = errorsFromApiError(
      refusal({ password: 'Too common.', email: 'Taken.' }),
      ['email', 'password'],
      'Refused.',
    );
    expect(errors.map((error) => error.field)).toEqual(['email', 'password']);
    expect(fieldError(errors, 'password')).toBe('Too common.');
  });

  it('shows the explanation for the whole form when no member of the form is named', () => {
    expect(errorsFromApiError(refusal({ parentId: 'Not federal.' }), ['name'], 'Refused.')).toEqual(
      [{ field: undefined, message: 'Refused.' }],
    );
    expect(errorsFromApiError(refusal({}), ['name'], 'Refused.')).toEqual([
      { field: undefined, message: 'Refused.' },
    ]);
  });
});
