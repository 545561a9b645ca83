import type { FastifyInstance } from 'fastify';
import { authenticate, type Authenticated } from './authenticate.js';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null for an anonymous request. */
    auth: Authenticated | null;
  }
}

/** Resolves the session cookie of every API request; a stale cookie is cleared. */
export function registerAuthentication(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.auth = await authenticate(app.db, token, app.config.now(), app.config.sessions);
    if (!request.auth) clearSessionCookie(reply);
  });
}
