import type { OneTimeTokenColumns } from '../db/schema.js';
import { GoneError, NotFoundError } from '../http/problems.js';

export type TokenMessages = {
  unknown: string;
  used: string;
  revoked: string;
  expired: (expiresAt: string) => string;
};

/**
 * Refuses a setup, invite or reset token that is unknown, used, withdrawn or expired, with the
 * message for that case, so the person knows whether to ask for a new link or just sign in.
 */
export function requireUsableToken<T extends OneTimeTokenColumns>(
  row: T | undefined,
  now: Date,
  messages: TokenMessages,
): T {
  if (!row) throw new NotFoundError(messages.unknown);
  if (row.used_at) throw new GoneError(messages.used, 'used');
  if (row.revoked_at) throw new GoneError(messages.revoked, 'revoked');
  if (row.expires_at <= now.toISOString()) {
    throw new GoneError(messages.expired(row.expires_at), 'expired');
  }
  return row;
}
