import { randomUUID } from 'node:crypto';
import type { SetupRequest } from '../../domain/accounts/index.js';
import { writeTransaction, userActor, type Store } from '../audit/audit.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { ConflictError } from '../http/problems.js';
import { addHours, formatUtc } from '../shared/time.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { requireUsableToken, type TokenMessages } from './one-time-token.js';
import { startSession, type NewSession } from './session.commands.js';
import { setupTokenRepository } from './setup-token.repository.js';
import { acceptablePasswordHash, insertAccount } from './user.commands.js';
import { userRepository } from './user.repository.js';

export const SETUP_TOKEN_HOURS = 24;

const alreadySetUp = () =>
  new ConflictError('This instance is already set up. Sign in with your account instead.');

/**
 * Set up means an instance administrator exists. Other accounts do not count: the demo's lead,
 * facilitator and contributor (`mnr demo`, loaded before or after the server first starts) or a
 * secretariat account cannot set the instance up, so the setup link must still work.
 */
export async function isSetUp(db: Db): Promise<boolean> {
  return (await userRepository(db).countWithInstanceRole('admin')) > 0;
}

/**
 * On start-up with no administrator yet: a fresh setup token, and every older one withdrawn, so
 * only the link printed last works. Returns undefined once someone has set the instance up.
 */
export function issueSetupToken(
  store: Store,
  now: Date,
): Promise<{ token: string; expiresAt: string } | undefined> {
  return writeTransaction(store, now, async (trx, audit) => {
    if (await isSetUp(trx)) return undefined;
    const tokens = setupTokenRepository(trx);
    await tokens.revokeAllUnused(now.toISOString());
    const token = newToken();
    const row = {
      id: randomUUID(),
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: addHours(now, SETUP_TOKEN_HOURS).toISOString(),
      used_at: null,
      revoked_at: null,
    };
    await tokens.insert(row);
    await audit.record({
      actor: 'system:startup',
      action: 'setup-token.issue',
      entityType: 'setup_token',
      entityId: row.id,
      after: row,
    });
    return { token, expiresAt: row.expires_at };
  });
}

const SETUP_TOKEN_MESSAGES: TokenMessages = {
  unknown: 'This setup link is not valid. Copy the whole link the server printed when it started.',
  used: 'This setup link has already been used.',
  revoked:
    'This setup link was replaced by a newer one. Use the link the server printed when it last started.',
  expired: (at) =>
    `This setup link expired on ${formatUtc(at)}; restart the server to print a new one.`,
};

/** The token is checked first, so someone opening a used link is told just that. */
async function usableSetupToken(db: Db, token: string, now: Date) {
  const row = await setupTokenRepository(db).findByTokenHash(hashToken(token));
  const usable = requireUsableToken(row, now, SETUP_TOKEN_MESSAGES);
  if (await isSetUp(db)) throw alreadySetUp();
  return usable;
}

/** The person with the setup link creates the first account, which becomes instance admin. */
export async function completeSetup(
  store: Store,
  sessions: Config['sessions'],
  input: SetupRequest,
  now: Date,
): Promise<NewSession> {
  await usableSetupToken(store.db, input.token, now);
  const passwordHash = await acceptablePasswordHash(input.password);
  return writeTransaction(store, now, async (trx, audit) => {
    const token = await usableSetupToken(trx, input.token, now);
    const user = await insertAccount(
      trx,
      audit,
      { email: input.email, displayName: input.displayName, instanceRole: 'admin', passwordHash },
      now,
      userActor,
    );
    await setupTokenRepository(trx).markUsed(token.id, now.toISOString());
    await audit.record({
      actor: userActor(user.id),
      action: 'setup-token.use',
      entityType: 'setup_token',
      entityId: token.id,
      before: token,
      after: { ...token, used_at: now.toISOString() },
    });
    return startSession(trx, audit, user.id, now, sessions);
  });
}
