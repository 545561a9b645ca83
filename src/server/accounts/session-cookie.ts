import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'mnr_session';

/**
 * HttpOnly so page scripts cannot read it, SameSite=Lax so other sites cannot send it with their
 * forms, Secure whenever the request came over TLS (directly or through the trusted proxy). No
 * Max-Age: closing the browser on a shared workshop computer ends the session.
 */
export function setSessionCookie(reply: FastifyReply, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    path: '/',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
    path: '/',
  });
}
