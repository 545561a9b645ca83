import { passwordResetRequestSchema, passwordResetSchema } from '../../domain/accounts/index.js';
import type { AppInstance } from '../app.js';
import { resetPassword } from './password-reset.commands.js';
import { requestPasswordReset } from './password-reset.mail.js';

export function passwordResetRoutes(app: AppInstance): void {
  app.post(
    '/api/password-reset/request',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Ask for a password reset link by email (always answers 202)',
        body: passwordResetRequestSchema,
      },
    },
    async (request, reply) => {
      await requestPasswordReset(
        app.store,
        { mailer: app.mailer, config: app.config, log: request.log },
        request.body.email,
        app.config.now(),
      );
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/password-reset',
    {
      config: { access: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Choose a new password with a reset link; ends every session of the account',
        body: passwordResetSchema,
      },
    },
    async (request, reply) => {
      await resetPassword(app.store, request.body, app.config.now());
      return reply.status(204).send();
    },
  );
}
