import type { z } from 'zod';
import { ApiError } from './api-error.js';

/**
 * The record as it is now, from a 409 refusing a write based on an older version; undefined for
 * any other failure (including a 409 for another reason, such as removing the last lead).
 */
export function currentFromConflict<T>(error: unknown, schema: z.ZodType<T>): T | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const parsed = schema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : undefined;
}
