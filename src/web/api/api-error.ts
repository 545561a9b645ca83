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
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().min(1),
});

/** Turns a failed response's status and parsed body (or null) into an ApiError. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const problem = problemSchema.safeParse(body);
  if (problem.success) {
    return new ApiError(
      'problem',
      status,
      problem.data.detail,
      `${problem.data.title}: ${problem.data.detail}`,
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
