import {
  agreedResultViewSchema,
  putCapabilityResultSchema,
  putSubDomainResultSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { putCapabilityResult, putSubDomainResult } from './agreed-result.commands.js';
import { assessmentParams, keyParam } from './assessment.routes.js';
import { writeContext } from './route-context.js';
import { subDomainParams } from './sub-domain.routes.js';

export function agreedResultRoutes(app: AppInstance): void {
  app.put(
    '/api/assessments/:assessmentId/sub-domains/:subDomainKey/result',
    {
      config: { access: { assessment: 'assessment.agree' } },
      schema: {
        tags: ['assessments'],
        summary:
          'Record the stage the group agreed (leads, facilitators); a rationale when it differs from the suggestion',
        params: subDomainParams,
        body: putSubDomainResultSchema,
        response: { 200: agreedResultViewSchema },
      },
    },
    (request) => putSubDomainResult(writeContext(app, request), request.params, request.body),
  );

  app.put(
    '/api/assessments/:assessmentId/capabilities/:capabilityKey/result',
    {
      config: { access: { assessment: 'assessment.agree' } },
      schema: {
        tags: ['assessments'],
        summary:
          'Record a capability’s agreed stage; a rationale when it differs from the roll-up of its sub-domains',
        params: assessmentParams.extend({ capabilityKey: keyParam }),
        body: putCapabilityResultSchema,
        response: { 200: agreedResultViewSchema },
      },
    },
    (request) => putCapabilityResult(writeContext(app, request), request.params, request.body),
  );
}
