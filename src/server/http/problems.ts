/**
 * Errors a person can act on. Each becomes an RFC 9457 problem response; `detail` is written for
 * the person reading it, and `extra` carries structured data (such as the current state on 409).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string) {
    super(404, 'not-found', 'Not found', detail);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(409, 'conflict', 'Conflict', detail, extra);
  }
}

export class UnprocessableError extends AppError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(422, 'unprocessable', 'The request cannot be processed', detail, extra);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(detail: string) {
    super(413, 'payload-too-large', 'Too large', detail);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(detail: string) {
    super(415, 'unsupported-media-type', 'Unsupported file type', detail);
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Sign in to continue.') {
    super(401, 'unauthorized', 'Sign-in required', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You do not have permission to do this.') {
    super(403, 'forbidden', 'Forbidden', detail);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(detail: string, retryAfterSeconds: number) {
    super(429, 'too-many-requests', 'Too many attempts', detail, { retryAfterSeconds });
  }
}

/** A link that worked once but no longer does: used, withdrawn or expired (`reason` says which). */
export class GoneError extends AppError {
  constructor(detail: string, reason: 'used' | 'revoked' | 'expired') {
    super(410, 'link-no-longer-valid', 'This link no longer works', detail, { reason });
  }
}

/** A value the schema accepts but a rule refuses; `field` names the body member to fix. */
export class FieldProblemError extends AppError {
  constructor(field: string, detail: string) {
    super(422, 'unprocessable', 'The request cannot be processed', detail, {
      errors: [{ path: `body.${field}`, message: detail }],
    });
  }
}
