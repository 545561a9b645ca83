import { z } from 'zod';
import {
  acceptInviteResultSchema,
  acceptInviteSchema,
  createdInviteSchema,
  createInviteSchema,
  inviteLookupRequestSchema,
  invitePreviewSchema,
} from '../../domain/accounts/index.js';
import type { AppInstance } from '../app.js';
import { SESSION_COOKIE, setSessionCookie } from '../accounts/session-cookie.js';
import { freshSessionView } from '../accounts/session.queries.js';
import { organisationParams } from '../organisations/organisation.routes.js';
import { acceptInvite, previewInvite } from './invite-acceptance.commands.js';
import { createInvite, revokeInvite } from './invite.commands.js';

export function inviteRoutes(app: AppInstance): void {
  app.post(
    '/api/organisations/:organisationId/invites',
    {
      config: { access: { organisation: 'invite' } },
      schema: {
        tags: ['invites'],
        summary: 'Invite someone by email; the link is returned once',
        params: organisationParams,
        body: createInviteSchema,
        response: { 201: createdInviteSchema },
      },
    },
    async (request, reply) => {
      const created = await createInvite(
        app.store,
        { mailer: app.mailer, config: app.config, log: request.log },
        request.auth?.actor ?? null,
        request.params.organisationId,
        request.body,
        app.config.now(),
      );
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/organisations/:organisationId/invites/:inviteId',
    {
      config: { access: { organisation: 'invite' } },
      schema: {
        tags: ['invites'],
        summary: 'Withdraw a pending invite',
        params: organisationParams.extend({ inviteId: z.string().min(1).max(36) }),
      },
    },
    async (request, reply) => {
      await revokeInvite(app.store, request.auth?.actor ?? null, request.params, app.config.now());
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/invites/lookup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['invites'],
        summary: 'What an invite link is for, before accepting it',
        body: inviteLookupRequestSchema,
        response: { 200: invitePreviewSchema },
      },
    },
    (request) => previewInvite(app.db, request.body.token, app.config.now()),
  );

  app.post(
    '/api/invites/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['invites'],
        summary: 'Accept an invite: create the account, or join as the signed-in account',
        body: acceptInviteSchema,
        response: { 200: acceptInviteResultSchema },
      },
    },
    async (request, reply) => {
      const now = app.config.now();
      const acceptance = await acceptInvite(
        app.store,
        app.config.sessions,
        request.auth,
        request.body,
        now,
      );
      if (acceptance.session) setSessionCookie(reply, acceptance.session.token);
      // Joining as the signed-in account changed its memberships: read its session afresh.
      const token = acceptance.session?.token ?? request.cookies[SESSION_COOKIE];
      if (!token) throw new Error('An accepted invite left no session to read.');
      const view = await freshSessionView(app.db, token, now, app.config.sessions);
      return { ...view, outcome: acceptance.outcome, organisationId: acceptance.organisationId };
    },
  );
}
