import { randomUUID } from 'node:crypto';
import type { PasswordReset } from '../../domain/accounts/index.js';
import { writeTransaction, userActor, type AuditActor, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/problems.js';
import { addHours, formatUtc } from '../shared/time.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { requireUsableToken, type TokenMessages } from './one-time-token.js';
import { loginFailureRepository } from './login-failure.repository.js';
import { passwordResetRepository } from './password-reset.repository.js';
import { sessionRepository } from './session.repository.js';
import { acceptablePasswordHash } from './user.commands.js';
import { userRepository, type StoredUser } from './user.repository.js';

/** A link sent by email lies in a mailbox, so it expires soon. */
export const EMAILED_RESET_HOURS = 1;
/** A link an administrator passes on by hand (`mnr user reset-link`) may take longer to arrive. */
export const CLI_RESET_HOURS = 24;

const RESET_TOKEN_MESSAGES: TokenMessages = {
  unknown: 'This password reset link is not valid. Copy the whole link, or ask for a new one.',
  used: 'This password reset link has already been used.',
  revoked:
    'This password reset link was replaced by a newer one, or the password was changed since. Use the newest link, or ask for a new one.',
  expired: (at) =>
    `This password reset link expired on ${formatUtc(at)}; ask for a new one from the sign-in page.`,
};

export type IssuedReset = { token: string; user: StoredUser; expiresAt: string };

/** Issues a single-use reset token for the account with this email, if there is one. */
export function issuePasswordReset(
  store: Store,
  email: string,
  hours: number,
  actor: AuditActor,
  now: Date,
): Promise<IssuedReset | undefined> {
  return writeTransaction(store, now, async (trx, audit) => {
    const user = await userRepository(trx).findByEmail(email);
    if (!user) return undefined;
    const token = newToken();
    const row = {
      id: randomUUID(),
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: addHours(now, hours).toISOString(),
      used_at: null,
      revoked_at: null,
    };
    await passwordResetRepository(trx).insert(row);
    await audit.record({
      actor,
      action: 'password-reset.issue',
      entityType: 'password_reset',
      entityId: row.id,
      after: row,
    });
    return { token, user, expiresAt: row.expires_at };
  });
}

/** `mnr user reset-link EMAIL`. */
export async function issueResetLinkFromCli(
  store: Store,
  email: string,
  now: Date,
): Promise<IssuedReset> {
  const issued = await issuePasswordReset(store, email, CLI_RESET_HOURS, 'system:cli', now);
  if (!issued) throw new NotFoundError(`There is no account for ${email}.`);
  return issued;
}

async function usableReset(db: Db, token: string, now: Date) {
  const row = await passwordResetRepository(db).findByTokenHash(hashToken(token));
  return requireUsableToken(row, now, RESET_TOKEN_MESSAGES);
}

/**
 * Sets a new password from a reset link. Every session of the account ends, since whoever
 * prompted the reset may be someone signed in with the old password, other reset links stop
 * working, and the account's failed sign-ins are forgotten so the new password works at once.
 */
export async function resetPassword(store: Store, input: PasswordReset, now: Date): Promise<void> {
  await usableReset(store.db, input.token, now);
  const passwordHash = await acceptablePasswordHash(input.password);
  await writeTransaction(store, now, async (trx, audit) => {
    const reset = await usableReset(trx, input.token, now);
    const resets = passwordResetRepository(trx);
    const users = userRepository(trx);
    const actor = userActor(reset.user_id);
    await resets.markUsed(reset.id, now.toISOString());
    await resets.revokeUnusedForUser(reset.user_id, now.toISOString());
    await audit.record({
      actor,
      action: 'password-reset.use',
      entityType: 'password_reset',
      entityId: reset.id,
      before: reset,
      after: { ...reset, used_at: now.toISOString() },
    });
    const before = await users.findById(reset.user_id);
    const after = await users.update(
      reset.user_id,
      { password_hash: passwordHash },
      now.toISOString(),
    );
    const ended = await sessionRepository(trx).deleteAllForUser(reset.user_id);
    // Proving control of the mailbox lifts the per-account sign-in lock the reset may answer.
    if (before) await loginFailureRepository(trx).deleteForEmail(before.email);
    await audit.record({
      actor,
      action: 'user.password-reset',
      entityType: 'user',
      entityId: reset.user_id,
      before,
      after: { ...after, sessionsEnded: ended },
    });
  });
}
