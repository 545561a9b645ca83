import { randomUUID } from 'node:crypto';
import type { SignInRequest } from '../../domain/accounts/index.js';
import { writeTransaction, userActor, type AuditLog, type Store } from '../audit/audit.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/problems.js';
import { addMinutes } from '../shared/time.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { sessionExpiresAt, type SessionLimits } from './authenticate.js';
import { recordLoginFailure, requireLoginAllowed } from './login-limit.js';
import { loginFailureRepository } from './login-failure.repository.js';
import { verifyPassword } from './passwords.js';
import { sessionRepository, type StoredSession } from './session.repository.js';
import { userRepository } from './user.repository.js';

export type NewSession = { token: string; sessionId: string };

/** A session record and its token; only the token's hash is stored, with a fresh CSRF token. */
export function newSession(
  userId: string,
  now: Date,
  limits: SessionLimits,
): { token: string; session: StoredSession } {
  const token = newToken();
  const session = {
    id: randomUUID(),
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: newToken(),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: sessionExpiresAt(now, limits),
  };
  return { token, session };
}

/** Starts a session for a user inside a write. */
export async function startSession(
  trx: Db,
  audit: AuditLog,
  userId: string,
  now: Date,
  limits: SessionLimits,
): Promise<NewSession> {
  const { token, session } = newSession(userId, now, limits);
  await sessionRepository(trx).insert(session);
  await audit.record({
    actor: userActor(userId),
    action: 'session.start',
    entityType: 'session',
    entityId: session.id,
    after: session,
  });
  return { token, sessionId: session.id };
}

class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid-credentials', 'Sign-in failed', 'The email or password is not right.');
  }
}

/**
 * Signs in with email and password. The same answer for an unknown email and a wrong password,
 * so the form does not reveal who has an account. Any session the browser already had is ended.
 */
export async function signIn(
  store: Store,
  config: Pick<Config, 'sessions' | 'loginLimits'>,
  input: SignInRequest,
  context: { ip: string; now: Date; previousSessionId: string | undefined },
): Promise<NewSession> {
  const attempt = { email: input.email, ip: context.ip };
  await requireLoginAllowed(store.db, attempt, context.now, config.loginLimits);
  const user = await userRepository(store.db).findByEmail(input.email);
  const passwordMatches = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordMatches) {
    await recordLoginFailure(store.db, attempt, context.now, config.loginLimits);
    throw new InvalidCredentialsError();
  }
  return writeTransaction(store, context.now, async (trx, audit) => {
    const sessions = sessionRepository(trx);
    await loginFailureRepository(trx).deleteForEmail(input.email);
    const idleCutoff = addMinutes(context.now, -config.sessions.idleMinutes).toISOString();
    await sessions.deleteExpiredForUser(user.id, idleCutoff, context.now.toISOString());
    if (context.previousSessionId) await endSession(trx, audit, context.previousSessionId);
    return startSession(trx, audit, user.id, context.now, config.sessions);
  });
}

async function endSession(trx: Db, audit: AuditLog, sessionId: string): Promise<void> {
  const sessions = sessionRepository(trx);
  const session = await sessions.findById(sessionId);
  if (!session) return;
  await sessions.delete(session.id);
  await audit.record({
    actor: userActor(session.user_id),
    action: 'session.end',
    entityType: 'session',
    entityId: session.id,
    before: session,
  });
}

export function signOut(store: Store, sessionId: string, now: Date): Promise<void> {
  return writeTransaction(store, now, (trx, audit) => endSession(trx, audit, sessionId));
}

/** Ends every session of the user, on every device. */
export function signOutEverywhere(store: Store, userId: string, now: Date): Promise<void> {
  return writeTransaction(store, now, async (trx, audit) => {
    const ended = await sessionRepository(trx).deleteAllForUser(userId);
    await audit.record({
      actor: userActor(userId),
      action: 'session.end-all',
      entityType: 'user',
      entityId: userId,
      after: { sessionsEnded: ended },
    });
  });
}
