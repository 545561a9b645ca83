import { z } from 'zod';

/**
 * Why a request failed. `problem`: the server answered with an RFC 9457 problem, whose `detail`
 * is written for the person reading it. `network`: no answer arrived. `unexpected-response`: an
 * answer arrived that this version of the page cannot read (wrong shape or not JSON).
 */
export type ApiErrorKind = 'problem' | 'network' | 'unexpected-response';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number | undefined,
    /** The server's explanation; present only for `problem`. */
    readonly detail: string | undefined,
    message: string,
    /** Messages the server tied to one request member each, by member name (`password`). */
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    /** The whole problem body, for members such as `current` on a 409. */
    readonly problem: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().min(1),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** `body.password` → `password`; messages about the query or path name no form field. */
function fieldErrorsOf(errors: { path: string; message: string }[] = []): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path, message } of errors) {
    const field = /^body\.([^.]+)/.exec(path)?.[1];
    if (field && !(field in fields)) fields[field] = message;
  }
  return fields;
}

/** Turns a failed response's status and parsed body (or null) into an ApiError. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const problem = problemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError(
      'problem',
      status,
      problem.data.detail,
      `${problem.data.title}: ${problem.data.detail}`,
      fieldErrorsOf(problem.data.errors),
      problem.data,
    );
  }
  return new ApiError(
    'unexpected-response',
    status,
    undefined,
    `HTTP ${status} without a problem body`,
  );
}

export function networkError(cause: unknown): ApiError {
  return new ApiError(
    'network',
    undefined,
    undefined,
    `The request did not complete: ${String(cause)}`,
  );
}

export function unexpectedResponse(status: number, reason: string): ApiError {
  return new ApiError('unexpected-response', status, undefined, reason);
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : unexpectedResponse(0, String(error));
}
