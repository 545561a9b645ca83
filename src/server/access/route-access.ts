import type { FastifyInstance } from 'fastify';
import type { OrganisationPermission } from '../../domain/access/index.js';
import { requireAssessmentAccess } from '../assessments/assessment-access.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import {
  requireInstanceAdmin,
  requireInviteAccess,
  requireSecretariat,
  requireOrganisationAccess,
  requireSignedIn,
} from './require-access.js';

/**
 * Who may call a route, declared in its options (`config: { access }`) and enforced before the
 * body is read, so an anonymous caller gets 401 rather than a validation error. `organisation`
 * routes take the organisation from the `:organisationId` path parameter; `invite` means "may
 * invite someone", refined by the command once the role is known; `secretariat` is the
 * secretariat team, the only people who see individual submissions. `assessment` routes take the
 * organisation of the `:assessmentId` path parameter's assessment. Commands check again.
 */
export type RouteAccess =
  | 'public'
  | 'signedIn'
  | 'instanceAdmin'
  | 'secretariat'
  | { organisation: OrganisationPermission | 'invite' }
  | { assessment: OrganisationPermission };

export type RouteEntry = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every API route with its declared access; the authorization matrix test walks it. */
    routeTable: readonly RouteEntry[];
  }
}

/** Register before any route: an API route without a declared access fails at start-up. */
export function registerRouteAccess(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    const access = route.config?.access;
    if (!access) {
      throw new Error(`${methods.join(',')} ${route.url} declares no access (config.access).`);
    }
    for (const method of methods) table.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    const actor = request.auth?.actor ?? null;
    if (access === 'signedIn') requireSignedIn(actor);
    else if (access === 'instanceAdmin') requireInstanceAdmin(actor);
    else if (access === 'secretariat') requireSecretariat(actor);
    else if ('assessment' in access) {
      requireSignedIn(actor);
      const { assessmentId } = request.params as { assessmentId: string };
      const organisationId = await assessmentRepository(app.db).organisationOf(assessmentId);
      requireAssessmentAccess(actor, assessmentId, organisationId, access.assessment);
    } else {
      const { organisationId } = request.params as { organisationId: string };
      if (access.organisation === 'invite') requireInviteAccess(actor, organisationId, 'lead');
      else requireOrganisationAccess(actor, organisationId, access.organisation);
    }
  });
}
