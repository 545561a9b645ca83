import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { tokenLink } from '../http/links.js';
import type { Mailer } from '../mail/mailer.js';
import { formatUtc } from '../shared/time.js';
import type { Store } from '../audit/audit.js';
import { EMAILED_RESET_HOURS, issuePasswordReset } from './password-reset.commands.js';

/**
 * "Forgot password": emails a reset link when the account exists and mail is configured. The
 * caller answers the same either way, and the mail is sent after answering, so neither the
 * answer nor its timing tells whether an account exists.
 */
export async function requestPasswordReset(
  store: Store,
  deps: { mailer: Mailer | undefined; config: Config; log: FastifyBaseLogger },
  email: string,
  now: Date,
): Promise<void> {
  const { mailer, config, log } = deps;
  if (!mailer) {
    log.warn(
      'A password reset was requested but SMTP_URL is not set, so no email can be sent; an administrator can run `mnr user reset-link EMAIL`.',
    );
    return;
  }
  const issued = await issuePasswordReset(store, email, EMAILED_RESET_HOURS, 'anonymous', now);
  if (!issued) return;
  const link = tokenLink(config, 'reset-password', issued.token);
  mailer
    .send({
      to: issued.user.email,
      subject: 'Reset your MNR Self-Assessment password',
      text:
        `Hello ${issued.user.display_name},\n\n` +
        `Someone asked to reset the password of your MNR Self-Assessment account. ` +
        `To choose a new password, open this link:\n\n${link}\n\n` +
        `The link works once and expires on ${formatUtc(issued.expiresAt)}. ` +
        `If you did not ask for this, ignore this email: your password stays as it is.\n`,
    })
    .catch((error: unknown) => log.error({ err: error }, 'sending a password reset email failed'));
}
