import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { TooManyRequestsError } from '../http/problems.js';
import { addMinutes } from '../shared/time.js';
import { loginFailureRepository } from './login-failure.repository.js';

export type LoginLimits = Config['loginLimits'];

/**
 * Failed sign-ins are counted in the database, not in memory, so the limits hold across
 * restarts and across several app instances. A blocked attempt is refused before the password
 * is checked (a right password does not get through) and is not itself counted. Failures are
 * security bookkeeping, not changes, and are not audited: an attacker could flood the trail.
 */
export async function requireLoginAllowed(
  db: Db,
  attempt: { email: string; ip: string },
  now: Date,
  limits: LoginLimits,
): Promise<void> {
  const account = await blockedForSeconds(
    db,
    'email',
    attempt.email,
    limits.perAccount,
    now,
    limits,
  );
  if (account !== undefined) {
    throw new TooManyRequestsError(
      `Too many failed sign-in attempts for this account. Wait ${minutes(account)} and try again, or reset your password.`,
      account,
    );
  }
  const network = await blockedForSeconds(db, 'ip', attempt.ip, limits.perIp, now, limits);
  if (network !== undefined) {
    throw new TooManyRequestsError(
      `Too many failed sign-in attempts from your network. Wait ${minutes(network)} and try again.`,
      network,
    );
  }
}

export async function recordLoginFailure(
  db: Db,
  attempt: { email: string; ip: string },
  now: Date,
  limits: LoginLimits,
): Promise<void> {
  const failures = loginFailureRepository(db);
  await failures.deleteOlderThan(addMinutes(now, -limits.windowMinutes).toISOString());
  await failures.insert({
    id: randomUUID(),
    email: attempt.email,
    ip: attempt.ip,
    failed_at: now.toISOString(),
  });
}

/** Seconds until the oldest of the last `limit` failures leaves the window, if at the limit. */
async function blockedForSeconds(
  db: Db,
  by: 'email' | 'ip',
  value: string,
  limit: number,
  now: Date,
  limits: LoginLimits,
): Promise<number | undefined> {
  const since = addMinutes(now, -limits.windowMinutes).toISOString();
  const failures = await loginFailureRepository(db).recent(by, value, since, limit);
  const oldestCounted = failures[limit - 1];
  if (oldestCounted === undefined) return undefined;
  const freeAt = addMinutes(new Date(oldestCounted), limits.windowMinutes);
  return Math.max(1, Math.ceil((freeAt.getTime() - now.getTime()) / 1000));
}

function minutes(seconds: number): string {
  const count = Math.ceil(seconds / 60);
  return count === 1 ? '1 minute' : `${count} minutes`;
}
