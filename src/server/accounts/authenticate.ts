import type { Actor } from '../../domain/access/index.js';
import type { SessionUser } from '../../domain/accounts/index.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { hashToken } from '../shared/tokens.js';
import { addHours, addMinutes } from '../shared/time.js';
import { actorOf, presentSessionUser } from './session.presenter.js';
import { sessionRepository, type StoredSession } from './session.repository.js';

/** The signed-in person behind a request. */
export type Authenticated = {
  sessionId: string;
  userId: string;
  csrfToken: string;
  user: SessionUser;
  actor: Actor;
};

export type SessionLimits = Config['sessions'];

/**
 * Writing the last-seen time on every request would turn every page view into a write; once a
 * minute is enough, at the cost of a session possibly ending up to a minute early. The touch is
 * bookkeeping, not a change anyone made, so it is not audited.
 */
const TOUCH_INTERVAL_MINUTES = 1;

export function sessionExpired(
  session: Pick<StoredSession, 'last_seen_at' | 'expires_at'>,
  now: Date,
  limits: SessionLimits,
): boolean {
  const nowIso = now.toISOString();
  const idleUntil = addMinutes(new Date(session.last_seen_at), limits.idleMinutes).toISOString();
  return nowIso >= session.expires_at || nowIso >= idleUntil;
}

export function sessionExpiresAt(createdAt: Date, limits: SessionLimits): string {
  return addHours(createdAt, limits.maxHours).toISOString();
}

/** Resolves a session cookie to the person, or null when it is unknown, idle or too old. */
export async function authenticate(
  db: Db,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<Authenticated | null> {
  const sessions = sessionRepository(db);
  const session = await sessions.findByTokenHash(hashToken(token));
  if (!session || sessionExpired(session, now, limits)) return null;
  if (addMinutes(new Date(session.last_seen_at), TOUCH_INTERVAL_MINUTES) <= now) {
    await sessions.touch(session.id, now.toISOString());
  }
  const memberships = await membershipRepository(db).listForUser(session.user_id);
  const user = presentSessionUser(session.user, memberships);
  return {
    sessionId: session.id,
    userId: session.user_id,
    csrfToken: session.csrf_token,
    user,
    actor: actorOf(user),
  };
}
