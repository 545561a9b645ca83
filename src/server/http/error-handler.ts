import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './problems.js';

const PROBLEM_TYPE_BASE = '/problems/';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  [extra: string]: unknown;
};

/** Every error leaves the API as `application/problem+json` (RFC 9457). */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request.url);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(problem.retryAfterSeconds));
    }
    return reply.status(problem.status).type('application/problem+json').send(problem);
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: `${PROBLEM_TYPE_BASE}not-found`,
        title: 'Not found',
        status: 404,
        detail: `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
        instance: request.url,
      } satisfies Problem),
  );
}

function toProblem(error: FastifyError, instance: string): Problem {
  if (error instanceof AppError) {
    return {
      type: `${PROBLEM_TYPE_BASE}${error.type}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      instance,
      ...error.extra,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'is not valid',
    }));
    return {
      type: `${PROBLEM_TYPE_BASE}validation`,
      title: 'Some values are not valid',
      status: 400,
      detail: errors.map((item) => `${item.path}: ${item.message}`).join('; '),
      instance,
      errors,
    };
  }
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  return {
    type: `${PROBLEM_TYPE_BASE}${status >= 500 ? 'internal' : 'bad-request'}`,
    title: status >= 500 ? 'Something went wrong on the server' : 'Bad request',
    status,
    detail:
      status >= 500
        ? 'The server could not complete the request. Nothing was changed; try again, and tell your administrator if it keeps happening.'
        : error.message,
    instance,
  };
}
