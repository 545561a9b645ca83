import type { SessionUser, SessionView } from '../../domain/accounts/index.js';
import type { Db } from '../db/database.js';
import { authenticate, type Authenticated, type SessionLimits } from './authenticate.js';
import { presentSessionView } from './session.presenter.js';
import { isSetUp } from './setup.commands.js';

/** GET /api/session: who is signed in, their CSRF token, and whether first-run setup is pending. */
export async function sessionView(db: Db, auth: Authenticated | null): Promise<SessionView> {
  if (auth) return presentSessionView(auth, false);
  return presentSessionView(null, !(await isSetUp(db)));
}

/**
 * The session view read afresh from a session token: for a session just started (its cookie is
 * not on the request yet) or one whose memberships just changed.
 */
export async function freshSessionView(
  db: Db,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<SessionView & { user: SessionUser }> {
  const auth = await authenticate(db, token, now, limits);
  if (!auth) throw new Error('A session that was just written could not be read back.');
  return { ...presentSessionView(auth, false), user: auth.user };
}
