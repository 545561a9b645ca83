import type { Actor, InstanceRole } from '../../domain/access/index.js';
import type { UserSummary } from '../../domain/accounts/index.js';
import { requireInstanceAdmin } from '../access/require-access.js';
import {
  writeTransaction,
  userActor,
  type AuditActor,
  type AuditLog,
  type Store,
} from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { ConflictError, FieldProblemError, NotFoundError } from '../http/problems.js';
import { newRecordFields } from '../shared/records.js';
import { passwordProblem } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { presentUserSummary } from './user.presenter.js';
import { userRepository, type StoredUser } from './user.repository.js';

export type NewAccount = {
  email: string;
  displayName: string;
  password: string;
  instanceRole: InstanceRole | null;
};

/**
 * Refuses a weak password and hashes an acceptable one. Call it before opening the write
 * transaction: hashing takes tens of milliseconds and would hold up every other write.
 */
export async function acceptablePasswordHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new FieldProblemError('password', problem);
  return hashPassword(password);
}

/** Creates an account inside a write; `actor` is who creates it (the person themselves on setup). */
export async function insertAccount(
  trx: Db,
  audit: AuditLog,
  account: Omit<NewAccount, 'password'> & { passwordHash: string },
  now: Date,
  actor: (userId: string) => AuditActor,
): Promise<StoredUser> {
  const users = userRepository(trx);
  if (await users.findByEmail(account.email)) {
    throw new ConflictError(`There is already an account for ${account.email}.`);
  }
  const user: StoredUser = {
    ...newRecordFields(now),
    email: account.email,
    display_name: account.displayName,
    password_hash: account.passwordHash,
    instance_role: account.instanceRole,
  };
  await users.insert(user);
  await audit.record({
    actor: actor(user.id),
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    after: user,
  });
  return user;
}

/** `mnr user create`: whoever runs the command on the server is trusted to create accounts. */
export async function createUserFromCli(
  store: Store,
  account: NewAccount,
  now: Date,
): Promise<StoredUser> {
  const passwordHash = await acceptablePasswordHash(account.password);
  return writeTransaction(store, now, (trx, audit) =>
    insertAccount(trx, audit, { ...account, passwordHash }, now, () => 'system:cli'),
  );
}

/** Grants or removes an instance role; the instance is never left without an admin. */
export async function updateInstanceRole(
  store: Store,
  actor: Actor | null,
  userId: string,
  instanceRole: InstanceRole | null,
  now: Date,
): Promise<UserSummary> {
  const admin = requireInstanceAdmin(actor);
  return writeTransaction(store, now, async (trx, audit) => {
    const users = userRepository(trx);
    const before = await users.findById(userId);
    if (!before) throw new NotFoundError(`There is no user with id "${userId}".`);
    if (
      before.instance_role === 'admin' &&
      instanceRole !== 'admin' &&
      (await users.countWithInstanceRole('admin')) === 1
    ) {
      throw new ConflictError(
        `${before.email} is the only instance administrator. Make someone else an administrator first, so the instance always has one.`,
      );
    }
    const after = await users.update(userId, { instance_role: instanceRole }, now.toISOString());
    await audit.record({
      actor: userActor(admin.userId),
      action: 'user.instance-role',
      entityType: 'user',
      entityId: userId,
      before,
      after,
    });
    return presentUserSummary(after);
  });
}
