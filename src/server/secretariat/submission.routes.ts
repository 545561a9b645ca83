import { z } from 'zod';
import {
  fileReceiptSchema,
  receivedSubmissionItemSchema,
  receivedSubmissionViewSchema,
} from '../../domain/sharing/index.js';
import { requireSecretariat } from '../access/require-access.js';
import type { AppInstance } from '../app.js';
import { userActor } from '../audit/audit.js';
import { receiveFile } from './intake.commands.js';
import { removeReceivedSubmission } from './submission.commands.js';
import { getReceivedSubmission, listReceivedSubmissions } from './submission.queries.js';

const receivedParams = z.object({ submissionId: z.string().min(1).max(36) });

/** The secretariat team's view of individual submissions; nobody else sees them. */
export function secretariatSubmissionRoutes(app: AppInstance): void {
  app.get(
    '/api/secretariat/submissions',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary:
          'The submissions held, one per country and cycle, by country name (never by maturity)',
        response: { 200: z.array(receivedSubmissionItemSchema) },
      },
    },
    (request) => listReceivedSubmissions(app.db, request.auth?.actor ?? null),
  );

  app.post(
    '/api/secretariat/submissions',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary:
          'Upload a submission or withdrawal file (JSON, or its text as text/plain): verified, then stored (201) or carried out (200), or refused with the reason',
        body: z.unknown(),
        response: { 200: fileReceiptSchema, 201: fileReceiptSchema },
      },
    },
    async (request, reply) => {
      const actor = requireSecretariat(request.auth?.actor ?? null);
      const receipt = await receiveFile(app.store, app.config.now(), request.body, {
        actor: userActor(actor.userId),
        via: 'upload',
        organisationId: null,
      });
      return reply.status(receipt.kind === 'submission' ? 201 : 200).send(receipt);
    },
  );

  app.get(
    '/api/secretariat/submissions/:submissionId',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary: 'One submission in full, for the secretariat team',
        params: receivedParams,
        response: { 200: receivedSubmissionViewSchema },
      },
    },
    (request) =>
      getReceivedSubmission(app.db, request.auth?.actor ?? null, request.params.submissionId),
  );

  app.delete(
    '/api/secretariat/submissions/:submissionId',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary:
          'Remove a held submission (audited with the removed document), e.g. one signed by a key the country does not know, so that another can be taken',
        params: receivedParams,
        response: { 200: receivedSubmissionItemSchema },
      },
    },
    (request) => {
      const actor = requireSecretariat(request.auth?.actor ?? null);
      return removeReceivedSubmission(
        app.store,
        app.config.now(),
        userActor(actor.userId),
        request.params.submissionId,
      );
    },
  );
}
