import type { z } from 'zod';
import type { ApiError } from '../api/api-error.js';

/** One message for the person; `field` names the form member it is about, if any. */
export type FormError = { field: string | undefined; message: string };
export type FormErrors = readonly FormError[];

export const NO_ERRORS: FormErrors = [];

/** Problems in the order a person meets the fields: first those about no field of the form. */
function inFieldOrder(errors: FormError[], fields: readonly string[]): FormErrors {
  const position = (error: FormError) => (error.field ? fields.indexOf(error.field) : -1);
  return errors.sort((a, b) => position(a) - position(b));
}

/**
 * A schema's complaints in the form's own words: one message per member (the form knows what
 * each member needs, in the person's language), in the order of the form's `fields`.
 */
export function errorsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  messages: Readonly<Record<string, string>>,
  otherwise: string,
  fields: readonly string[],
): FormErrors {
  const errors: FormError[] = [];
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (errors.some((error) => error.field === field)) continue;
    errors.push({ field, message: (field && messages[field]) || otherwise });
  }
  return inFieldOrder(errors, fields);
}

/**
 * The server's refusal: next to the members it names when the form has them, otherwise as one
 * message for the whole form.
 */
export function errorsFromApiError(
  error: ApiError,
  fields: readonly string[],
  explanation: string,
): FormErrors {
  const known = Object.entries(error.fieldErrors).filter(([field]) => fields.includes(field));
  if (known.length === 0) return [{ field: undefined, message: explanation }];
  return inFieldOrder(
    known.map(([field, message]) => ({ field, message })),
    fields,
  );
}

export function fieldError(errors: FormErrors, field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}
