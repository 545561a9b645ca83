import { z } from 'zod';
import {
  addEvidenceLinkSchema,
  indicatorRatingViewSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { indicatorParams } from '../assessments/indicator-rating.routes.js';
import { writeContext } from '../assessments/route-context.js';
import { addEvidenceLink, removeEvidenceLink } from './evidence-link.commands.js';

export function evidenceLinkRoutes(app: AppInstance): void {
  app.post(
    '/api/assessments/:assessmentId/indicators/:indicatorKey/links',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['evidence'],
        summary: 'Add a link to an indicator’s evidence; answers with the indicator',
        params: indicatorParams,
        body: addEvidenceLinkSchema,
        response: { 201: indicatorRatingViewSchema },
      },
    },
    async (request, reply) => {
      const view = await addEvidenceLink(writeContext(app, request), request.params, request.body);
      return reply.status(201).send(view);
    },
  );

  app.delete(
    '/api/assessments/:assessmentId/indicators/:indicatorKey/links/:linkId',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['evidence'],
        summary: 'Remove a link from an indicator’s evidence; answers with the indicator',
        params: indicatorParams.extend({ linkId: z.string().min(1).max(36) }),
        response: { 200: indicatorRatingViewSchema },
      },
    },
    (request) => removeEvidenceLink(writeContext(app, request), request.params),
  );
}
