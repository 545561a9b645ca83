import {
  addDiscussionPostSchema,
  discussionPostSchema,
  proposalViewSchema,
  putProposalSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { addDiscussionPost, putProposal } from './discussion.commands.js';
import { writeContext } from './route-context.js';
import { subDomainParams } from './sub-domain.routes.js';

export function proposalRoutes(app: AppInstance): void {
  app.put(
    '/api/assessments/:assessmentId/sub-domains/:subDomainKey/proposal',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['assessments'],
        summary: 'Propose a stage for a sub-domain (your own proposal; 409 when stale)',
        params: subDomainParams,
        body: putProposalSchema,
        response: { 200: proposalViewSchema },
      },
    },
    (request) => putProposal(writeContext(app, request), request.params, request.body),
  );

  app.post(
    '/api/assessments/:assessmentId/sub-domains/:subDomainKey/posts',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['assessments'],
        summary: 'Add to a sub-domain’s discussion',
        params: subDomainParams,
        body: addDiscussionPostSchema,
        response: { 201: discussionPostSchema },
      },
    },
    async (request, reply) => {
      const post = await addDiscussionPost(
        writeContext(app, request),
        request.params,
        request.body,
      );
      return reply.status(201).send(post);
    },
  );
}
