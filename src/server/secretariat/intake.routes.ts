import { z } from 'zod';
import {
  createIntakeTokenSchema,
  intakeTokenSchema,
  newIntakeTokenSchema,
  receiptSchema,
  withdrawalReceiptSchema,
} from '../../domain/sharing/index.js';
import { requireSecretariat } from '../access/require-access.js';
import type { AppInstance } from '../app.js';
import { userActor } from '../audit/audit.js';
import { INTAKE_PATH, WITHDRAWALS_PATH } from '../sharing/secretariat-client.js';
import {
  createIntakeToken,
  listIntakeTokens,
  requireIntakeToken,
  revokeIntakeToken,
} from './intake-token.commands.js';
import { receiveSubmission, receiveWithdrawal } from './intake.commands.js';

const bearerHeaders = z.object({ authorization: z.string().optional() });
const tokenParams = z.object({ tokenId: z.string().min(1).max(36) });

/**
 * Where country instances send submissions and withdrawals. No session: the caller presents an
 * intake token the secretariat issued, and every document must carry a valid signature.
 */
export function intakeRoutes(app: AppInstance): void {
  app.post(
    INTAKE_PATH,
    {
      config: { access: 'public' },
      schema: {
        tags: ['secretariat'],
        summary:
          'Receive a signed submission from a country instance (Authorization: Bearer <intake token>)',
        headers: bearerHeaders,
        body: z.unknown(),
        response: { 201: receiptSchema },
      },
    },
    async (request, reply) => {
      const token = await requireIntakeToken(app.db, request.headers.authorization);
      const receipt = await receiveSubmission(app.store, app.config.now(), request.body, {
        actor: 'anonymous',
        via: 'api',
        organisationId: null,
        detail: { intakeTokenId: token.id, intakeTokenLabel: token.label },
      });
      return reply.status(201).send(receipt);
    },
  );

  app.post(
    WITHDRAWALS_PATH,
    {
      config: { access: 'public' },
      schema: {
        tags: ['secretariat'],
        summary: 'Receive a withdrawal signed by the key that signed the submission',
        headers: bearerHeaders,
        body: z.unknown(),
        response: { 200: withdrawalReceiptSchema },
      },
    },
    async (request) => {
      const token = await requireIntakeToken(app.db, request.headers.authorization);
      return receiveWithdrawal(app.store, app.config.now(), request.body, {
        actor: 'anonymous',
        detail: { intakeTokenId: token.id, intakeTokenLabel: token.label },
      });
    },
  );

  app.get(
    '/api/secretariat/intake-tokens',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary: 'The intake tokens issued to country instances (never the tokens themselves)',
        response: { 200: z.array(intakeTokenSchema) },
      },
    },
    () => listIntakeTokens(app.db),
  );

  app.post(
    '/api/secretariat/intake-tokens',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary:
          'Issue an intake token for a country instance; the token is shown only in this answer',
        body: createIntakeTokenSchema,
        response: { 201: newIntakeTokenSchema },
      },
    },
    async (request, reply) => {
      const actor = requireSecretariat(request.auth?.actor ?? null);
      const token = await createIntakeToken(
        app.store,
        app.config.now(),
        userActor(actor.userId),
        request.body.label,
      );
      return reply.status(201).send(token);
    },
  );

  app.post(
    '/api/secretariat/intake-tokens/:tokenId/revoke',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['secretariat'],
        summary: 'Revoke an intake token: submissions sent with it are refused from now on',
        params: tokenParams,
        response: { 200: intakeTokenSchema },
      },
    },
    (request) => {
      const actor = requireSecretariat(request.auth?.actor ?? null);
      return revokeIntakeToken(
        app.store,
        app.config.now(),
        userActor(actor.userId),
        request.params.tokenId,
      );
    },
  );
}
