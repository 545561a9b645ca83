import { signInRequestSchema, sessionViewSchema } from '../../domain/accounts/index.js';
import type { AppInstance } from '../app.js';
import { requireSignedIn } from '../access/require-access.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { signIn, signOut, signOutEverywhere } from './session.commands.js';
import { freshSessionView, sessionView } from './session.queries.js';

export function sessionRoutes(app: AppInstance): void {
  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, the CSRF token for writes, and whether setup is pending',
        response: { 200: sessionViewSchema },
      },
    },
    (request) => sessionView(app.db, request.auth),
  );

  app.post(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with email and password',
        body: signInRequestSchema,
        response: { 200: sessionViewSchema },
      },
    },
    async (request, reply) => {
      const now = app.config.now();
      const session = await signIn(app.store, app.config, request.body, {
        ip: request.ip,
        now,
        previousSessionId: request.auth?.sessionId,
      });
      setSessionCookie(reply, session.token);
      return freshSessionView(app.db, session.token, now, app.config.sessions);
    },
  );

  app.delete(
    '/api/session',
    {
      config: { access: 'public' },
      schema: { tags: ['accounts'], summary: 'Sign out (this browser)' },
    },
    async (request, reply) => {
      if (request.auth) await signOut(app.store, request.auth.sessionId, app.config.now());
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/sessions',
    {
      config: { access: 'signedIn' },
      schema: { tags: ['accounts'], summary: 'Sign out everywhere: end every session' },
    },
    async (request, reply) => {
      const actor = requireSignedIn(request.auth?.actor ?? null);
      await signOutEverywhere(app.store, actor.userId, app.config.now());
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );
}
