import {
  indicatorRatingViewSchema,
  putIndicatorRatingSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams, keyParam } from './assessment.routes.js';
import { putIndicatorRating } from './indicator-rating.commands.js';
import { writeContext } from './route-context.js';

export const indicatorParams = assessmentParams.extend({ indicatorKey: keyParam });

export function indicatorRatingRoutes(app: AppInstance): void {
  app.put(
    '/api/assessments/:assessmentId/indicators/:indicatorKey',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['assessments'],
        summary: 'Rate an indicator and record its evidence text (409 with `current` when stale)',
        params: indicatorParams,
        body: putIndicatorRatingSchema,
        response: { 200: indicatorRatingViewSchema },
      },
    },
    (request) => putIndicatorRating(writeContext(app, request), request.params, request.body),
  );
}
