import type { Actor } from '../../domain/access/index.js';
import type { UserSummary } from '../../domain/accounts/index.js';
import { requireInstanceAdmin } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { presentUserSummary } from './user.presenter.js';
import { userRepository } from './user.repository.js';

export async function listUsers(db: Db, actor: Actor | null): Promise<UserSummary[]> {
  requireInstanceAdmin(actor);
  const users = await userRepository(db).listAll();
  return users.map(presentUserSummary);
}
