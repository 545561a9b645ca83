import { z } from 'zod';
import { sessionUserSchema, setupRequestSchema } from '../../domain/accounts/index.js';
import type { AppInstance } from '../app.js';
import { setSessionCookie } from './session-cookie.js';
import { completeSetup } from './setup.commands.js';
import { freshSessionView } from './session.queries.js';

export function setupRoutes(app: AppInstance): void {
  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'First run: create the first account (instance admin) with the setup link',
        body: setupRequestSchema,
        response: { 201: z.object({ user: sessionUserSchema }) },
      },
    },
    async (request, reply) => {
      const now = app.config.now();
      const session = await completeSetup(app.store, app.config.sessions, request.body, now);
      setSessionCookie(reply, session.token);
      const view = await freshSessionView(app.db, session.token, now, app.config.sessions);
      return reply.status(201).send({ user: view.user });
    },
  );
}
