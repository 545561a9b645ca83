import {
  comparisonQuerySchema,
  cycleComparisonSchema,
  nationalViewSchema,
  organisationProgressSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { organisationParams } from '../organisations/organisation.routes.js';
import { getCycleComparison } from './comparison.queries.js';
import { getNationalView } from './national-view.queries.js';
import { getOrganisationProgress } from './progress.queries.js';

export function progressRoutes(app: AppInstance): void {
  app.get(
    '/api/organisations/:organisationId/progress',
    {
      config: { access: { organisation: 'assessment.read' } },
      schema: {
        tags: ['progress'],
        summary: 'Every cycle with its agreed stages, oldest first, and when the next is due',
        params: organisationParams,
        response: { 200: organisationProgressSchema },
      },
    },
    (request) =>
      getOrganisationProgress(app.db, request.auth?.actor ?? null, request.params.organisationId, {
        reassessmentMonths: app.config.reassessmentMonths,
        now: app.config.now(),
      }),
  );

  app.get(
    '/api/organisations/:organisationId/comparison',
    {
      config: { access: { organisation: 'assessment.read' } },
      schema: {
        tags: ['progress'],
        summary: 'Stage changes between two cycles and what became of the earlier plan',
        params: organisationParams,
        querystring: comparisonQuerySchema,
        response: { 200: cycleComparisonSchema },
      },
    },
    (request) =>
      getCycleComparison(
        app.db,
        request.auth?.actor ?? null,
        request.params.organisationId,
        request.query,
      ),
  );

  app.get(
    '/api/organisations/:organisationId/national-view',
    {
      config: { access: { organisation: 'assessment.read' } },
      schema: {
        tags: ['progress'],
        summary:
          'A federal country across its jurisdictions: min, middle values, max and counts per stage',
        params: organisationParams,
        response: { 200: nationalViewSchema },
      },
    },
    (request) =>
      getNationalView(app.db, request.auth?.actor ?? null, request.params.organisationId),
  );
}
