import { z } from 'zod';
import {
  createOrganisationSchema,
  organisationViewSchema,
  updateOrganisationSchema,
} from '../../domain/organisations/index.js';
import type { AppInstance } from '../app.js';
import { createOrganisation, updateOrganisation } from './organisation.commands.js';
import { getOrganisation, listOrganisations } from './organisation.queries.js';

export const organisationParams = z.object({ organisationId: z.string().min(1).max(36) });

export function organisationRoutes(app: AppInstance): void {
  app.get(
    '/api/organisations',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['organisations'],
        summary: 'The organisations you belong to (instance admins: all of them)',
        response: { 200: z.array(organisationViewSchema) },
      },
    },
    (request) => listOrganisations(app.db, request.auth?.actor ?? null),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: 'signedIn' },
      schema: {
        tags: ['organisations'],
        summary: 'Add a national organisation (instance admins) or a jurisdiction (its leads)',
        body: createOrganisationSchema,
        response: { 201: organisationViewSchema },
      },
    },
    async (request, reply) => {
      const view = await createOrganisation(
        app.store,
        request.auth?.actor ?? null,
        request.body,
        app.config.now(),
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/organisations/:organisationId',
    {
      config: { access: { organisation: 'organisation.read' } },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation, with what you may do with it',
        params: organisationParams,
        response: { 200: organisationViewSchema },
      },
    },
    (request) =>
      getOrganisation(app.db, request.auth?.actor ?? null, request.params.organisationId),
  );

  app.patch(
    '/api/organisations/:organisationId',
    {
      config: { access: { organisation: 'organisation.update' } },
      schema: {
        tags: ['organisations'],
        summary: 'Change an organisation’s details (409 with `current` when stale)',
        params: organisationParams,
        body: updateOrganisationSchema,
        response: { 200: organisationViewSchema },
      },
    },
    (request) =>
      updateOrganisation(
        app.store,
        request.auth?.actor ?? null,
        request.params.organisationId,
        request.body,
        app.config.now(),
      ),
  );
}
