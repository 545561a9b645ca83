import type { z } from 'zod';
import { CliError } from './io.js';

/** Checks an option with the same schema the API uses, naming the option on failure. */
export function parseOption<T extends z.ZodType>(
  schema: T,
  value: unknown,
  option: string,
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new CliError(`${option}: ${problems.join('; ')}`);
}
