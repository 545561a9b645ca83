import { z } from 'zod';
import {
  candidateViewSchema,
  createProposalSchema,
  decideProposalSchema,
  secretariatProposalViewSchema,
  sideViewSchema,
} from '../../domain/exchange/index.js';
import type { AppInstance } from '../app.js';
import { organisationParams } from '../organisations/organisation.routes.js';
import { createProposal, decideProposal } from './exchange.commands.js';
import {
  EXCHANGE_DECIDE_PERMISSION,
  EXCHANGE_READ_PERMISSION,
  listCandidates,
  listOrganisationProposals,
  listProposals,
} from './exchange.queries.js';

const proposalParams = organisationParams.extend({ proposalId: z.string().min(1).max(36) });

export function exchangeRoutes(app: AppInstance): void {
  app.get(
    '/api/secretariat/exchange/candidates',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['knowledge exchange'],
        summary:
          'Countries that could be introduced: one seeking support and one offering experience in a sub-domain, both consenting',
        response: { 200: z.array(candidateViewSchema) },
      },
    },
    (request) => listCandidates(app.db, request.auth?.actor ?? null),
  );

  app.get(
    '/api/secretariat/exchange/proposals',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['knowledge exchange'],
        summary: 'Every proposed introduction and how each country answered',
        response: { 200: z.array(secretariatProposalViewSchema) },
      },
    },
    (request) => listProposals(app.db, request.auth?.actor ?? null),
  );

  app.post(
    '/api/secretariat/exchange/proposals',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['knowledge exchange'],
        summary: 'Propose an introduction between a candidate pair (409 if already proposed)',
        body: createProposalSchema,
        response: { 201: secretariatProposalViewSchema },
      },
    },
    async (request, reply) => {
      const view = await createProposal(
        app.store,
        request.auth?.actor ?? null,
        request.body,
        app.config.now(),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/organisations/:organisationId/exchange-proposals',
    {
      config: { access: { organisation: EXCHANGE_READ_PERMISSION } },
      schema: {
        tags: ['knowledge exchange'],
        summary:
          'Proposed introductions for this country; the other country is named only once both accepted',
        params: organisationParams,
        response: {
          200: z.object({ canDecide: z.boolean(), proposals: z.array(sideViewSchema) }),
        },
      },
    },
    (request) =>
      listOrganisationProposals(app.db, request.auth?.actor ?? null, request.params.organisationId),
  );

  app.post(
    '/api/organisations/:organisationId/exchange-proposals/:proposalId/decision',
    {
      config: { access: { organisation: EXCHANGE_DECIDE_PERMISSION } },
      schema: {
        tags: ['knowledge exchange'],
        summary: 'Accept or decline a proposed introduction (final; 409 with `current` when stale)',
        params: proposalParams,
        body: decideProposalSchema,
        response: { 200: sideViewSchema },
      },
    },
    (request) =>
      decideProposal(
        app.store,
        request.auth?.actor ?? null,
        request.params,
        request.body,
        app.config.now(),
      ),
  );
}
