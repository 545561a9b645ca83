import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from './problems.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const CSRF_HEADER = 'x-csrf-token';

/**
 * Refuses cross-site writes. A write from a browser page of another site carries its Origin, so
 * any Origin other than ours is refused. A write riding on a session cookie must also carry the
 * session's synchronizer token, which only our own pages can read (from GET /api/session).
 * Register after authentication.
 */
export function registerCsrfProtection(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!WRITE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request, app.config.publicUrl)) {
      throw new ForbiddenError(
        `This change was refused because it came from another site (${origin}).`,
      );
    }
    if (request.auth && !tokensMatch(request.headers[CSRF_HEADER], request.auth.csrfToken)) {
      throw new ForbiddenError(
        'This change was refused because it did not carry the page’s security token. Reload the page and try again.',
      );
    }
  });
}

function isOwnOrigin(origin: string, request: FastifyRequest, publicUrl: string | undefined) {
  try {
    const host = new URL(origin).host;
    const own = [new URL(`${request.protocol}://${request.host}`).host];
    if (publicUrl) own.push(new URL(publicUrl).host);
    return own.includes(host);
  } catch {
    return false;
  }
}

function tokensMatch(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
