import { subDomainWorkspaceSchema } from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams, keyParam } from './assessment.routes.js';
import { getSubDomainWorkspace } from './sub-domain.queries.js';

export const subDomainParams = assessmentParams.extend({ subDomainKey: keyParam });

export function subDomainRoutes(app: AppInstance): void {
  app.get(
    '/api/assessments/:assessmentId/sub-domains/:subDomainKey',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['assessments'],
        summary: 'A sub-domain’s indicators, evidence, proposals, discussion, result and history',
        params: subDomainParams,
        response: { 200: subDomainWorkspaceSchema },
      },
    },
    (request) => getSubDomainWorkspace(app.db, request.auth?.actor ?? null, request.params),
  );
}
