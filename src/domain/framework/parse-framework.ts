import type { z } from 'zod';
import { frameworkSchema, type Framework } from './framework.schema.js';
import { findDuplicateMembers } from './json-duplicates.js';

export type FrameworkProblem = { path: string; message: string };

/** A framework file that cannot be used, with every problem found and where it is. */
export class FrameworkFileError extends Error {
  constructor(
    readonly source: string,
    readonly problems: FrameworkProblem[],
  ) {
    super(
      `${source} is not a valid framework file:\n` +
        problems.map((problem) => `  ${source} at ${problem.path}: ${problem.message}`).join('\n'),
    );
    this.name = 'FrameworkFileError';
  }
}

/** Renders a zod path as a JSON path: `$.capabilities[0].subDomains[2].key`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((result, part) => {
    if (typeof part === 'number') return `${result}[${part}]`;
    const name = String(part);
    return /^[A-Za-z_$][\w$]*$/.test(name)
      ? `${result}.${name}`
      : `${result}[${JSON.stringify(name)}]`;
  }, '$');
}

function problemsOf(error: z.ZodError): FrameworkProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Validates a framework given as JSON text; `source` names the file in every message. */
export function parseFramework(text: string, source: string): Framework {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FrameworkFileError(source, [
      { path: '$', message: `not valid JSON (${(error as Error).message})` },
    ]);
  }
  const duplicates = findDuplicateMembers(text);
  if (duplicates.length > 0) {
    throw new FrameworkFileError(
      source,
      duplicates.map((path) => ({ path, message: 'this member appears twice in the same object' })),
    );
  }
  return validateFramework(data, source);
}

/** Validates an already-parsed framework object. */
export function validateFramework(data: unknown, source: string): Framework {
  const result = frameworkSchema.safeParse(data);
  if (!result.success) throw new FrameworkFileError(source, problemsOf(result.error));
  return result.data;
}
