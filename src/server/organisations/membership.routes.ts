import { z } from 'zod';
import { inviteViewSchema } from '../../domain/accounts/index.js';
import { memberViewSchema, updateMembershipSchema } from '../../domain/organisations/index.js';
import type { AppInstance } from '../app.js';
import { removeMembership, updateMembership } from './membership.commands.js';
import { listMembers } from './membership.queries.js';
import { organisationParams } from './organisation.routes.js';

const memberParams = organisationParams.extend({ membershipId: z.string().min(1).max(36) });

export function membershipRoutes(app: AppInstance): void {
  app.get(
    '/api/organisations/:organisationId/members',
    {
      config: { access: { organisation: 'members.read' } },
      schema: {
        tags: ['organisations'],
        summary: 'Members, and the pending invites you may withdraw',
        params: organisationParams,
        response: {
          200: z.object({ members: z.array(memberViewSchema), invites: z.array(inviteViewSchema) }),
        },
      },
    },
    (request) =>
      listMembers(
        app.db,
        request.auth?.actor ?? null,
        request.params.organisationId,
        app.config.now(),
      ),
  );

  app.patch(
    '/api/organisations/:organisationId/members/:membershipId',
    {
      config: { access: { organisation: 'members.manage' } },
      schema: {
        tags: ['organisations'],
        summary: 'Change a member’s role (409 for the last lead, or with `current` when stale)',
        params: memberParams,
        body: updateMembershipSchema,
        response: { 200: memberViewSchema },
      },
    },
    (request) =>
      updateMembership(
        app.store,
        request.auth?.actor ?? null,
        request.params,
        request.body,
        app.config.now(),
      ),
  );

  app.delete(
    '/api/organisations/:organisationId/members/:membershipId',
    {
      config: { access: { organisation: 'members.manage' } },
      schema: {
        tags: ['organisations'],
        summary: 'Remove a member (never the last lead)',
        params: memberParams,
      },
    },
    async (request, reply) => {
      await removeMembership(
        app.store,
        request.auth?.actor ?? null,
        request.params,
        app.config.now(),
      );
      return reply.status(204).send();
    },
  );
}
