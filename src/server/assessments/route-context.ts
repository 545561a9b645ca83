import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../app.js';
import type { WriteContext } from './assessment-write.js';

export function writeContext(app: AppInstance, request: FastifyRequest): WriteContext {
  return {
    store: app.store,
    changes: app.changes,
    actor: request.auth?.actor ?? null,
    now: app.config.now(),
  };
}
