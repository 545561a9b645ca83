import { resultsSummarySchema } from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams } from '../assessments/assessment.routes.js';
import { getResultsSummary } from './results.queries.js';

export function resultsRoutes(app: AppInstance): void {
  app.get(
    '/api/assessments/:assessmentId/results',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['results'],
        summary:
          'The results summary: stages, indicators met per stage, strengths, gaps, imbalances',
        params: assessmentParams,
        response: { 200: resultsSummarySchema },
      },
    },
    (request) =>
      getResultsSummary(app.db, request.auth?.actor ?? null, request.params.assessmentId),
  );
}
