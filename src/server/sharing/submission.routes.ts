import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  assessmentSharingSchema,
  createSubmissionSchema,
  instancePublicKeySchema,
  submissionSummarySchema,
} from '../../domain/sharing/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams } from '../assessments/assessment.routes.js';
import { attachmentDisposition } from '../evidence/evidence-file.queries.js';
import { keyFingerprint } from '../secretariat/submission.presenter.js';
import { instanceKey } from './instance-key.js';
import {
  createSubmission,
  sendSubmission,
  submissionFile,
  withdrawalFile,
  withdrawSubmission,
  type SharingContext,
} from './submission.commands.js';
import { getAssessmentSharing } from './submission.queries.js';

const submissionParams = assessmentParams.extend({
  submissionId: z.string().min(1).max(36),
});

/** A signed document as a download, exactly as signed. */
function sendSignedFile(reply: FastifyReply, file: { fileName: string; json: string }) {
  return reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.json);
}

function sharingContext(app: AppInstance, request: FastifyRequest): SharingContext {
  return {
    store: app.store,
    actor: request.auth?.actor ?? null,
    now: app.config.now(),
    secretariat: app.config.secretariat,
  };
}

/** What an organisation shares with the Alliance secretariat, and the key it signs with. */
export function submissionRoutes(app: AppInstance): void {
  app.get(
    '/api/assessments/:assessmentId/submissions',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['sharing'],
        summary: 'Whether the assessment can be shared, and what has been shared of it',
        params: assessmentParams,
        response: { 200: assessmentSharingSchema },
      },
    },
    (request) =>
      getAssessmentSharing(
        app.db,
        request.auth?.actor ?? null,
        request.params.assessmentId,
        app.config.secretariat,
      ),
  );

  app.post(
    '/api/assessments/:assessmentId/submissions',
    {
      config: { access: { assessment: 'assessment.share' } },
      schema: {
        tags: ['sharing'],
        summary:
          'Make a signed submission of a finalised national assessment (leads), with consent',
        params: assessmentParams,
        body: createSubmissionSchema,
        response: { 201: submissionSummarySchema },
      },
    },
    async (request, reply) => {
      const summary = await createSubmission(
        sharingContext(app, request),
        request.params.assessmentId,
        request.body,
      );
      return reply.status(201).send(summary);
    },
  );

  app.get(
    '/api/assessments/:assessmentId/submissions/:submissionId/file',
    {
      config: { access: { assessment: 'assessment.share' } },
      schema: {
        tags: ['sharing'],
        summary: 'Download the signed submission file (leads)',
        params: submissionParams,
      },
    },
    async (request, reply) => {
      const file = await submissionFile(
        app.db,
        request.auth?.actor ?? null,
        request.params.assessmentId,
        request.params.submissionId,
      );
      return sendSignedFile(reply, file);
    },
  );

  app.get(
    '/api/assessments/:assessmentId/submissions/:submissionId/withdrawal-file',
    {
      config: { access: { assessment: 'assessment.share' } },
      schema: {
        tags: ['sharing'],
        summary:
          'Download the signed withdrawal of a withdrawn submission, for a secretariat that received it as a file (leads)',
        params: submissionParams,
      },
    },
    async (request, reply) => {
      const file = await withdrawalFile(
        app.db,
        request.auth?.actor ?? null,
        request.params.assessmentId,
        request.params.submissionId,
      );
      return sendSignedFile(reply, file);
    },
  );

  app.post(
    '/api/assessments/:assessmentId/submissions/:submissionId/send',
    {
      config: { access: { assessment: 'assessment.share' } },
      schema: {
        tags: ['sharing'],
        summary: 'Send a submission to the secretariat (SECRETARIAT_URL, or this instance’s own)',
        params: submissionParams,
        response: { 200: submissionSummarySchema },
      },
    },
    (request) =>
      sendSubmission(
        sharingContext(app, request),
        request.params.assessmentId,
        request.params.submissionId,
      ),
  );

  app.post(
    '/api/assessments/:assessmentId/submissions/:submissionId/withdraw',
    {
      config: { access: { assessment: 'assessment.share' } },
      schema: {
        tags: ['sharing'],
        summary: 'Withdraw a submission: the secretariat’s copy is deleted',
        params: submissionParams,
        response: { 200: submissionSummarySchema },
      },
    },
    (request) =>
      withdrawSubmission(
        sharingContext(app, request),
        request.params.assessmentId,
        request.params.submissionId,
      ),
  );

  app.get(
    '/api/instance/public-key',
    {
      config: { access: 'instanceAdmin' },
      schema: {
        tags: ['sharing'],
        summary: 'The public key this instance signs submissions with, to give to the secretariat',
        response: { 200: instancePublicKeySchema },
      },
    },
    async () => {
      const key = await instanceKey(app.db);
      return {
        algorithm: 'Ed25519' as const,
        publicKey: key.publicKey,
        keyFingerprint: keyFingerprint(key.publicKey),
        createdAt: key.createdAt,
      };
    },
  );
}
