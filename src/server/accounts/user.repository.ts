import type { InstanceRole } from '../../domain/access/index.js';
import type { Db } from '../db/database.js';
import type { UserTable } from '../db/schema.js';

export type StoredUser = UserTable;

export function userRepository(db: Db) {
  return {
    findById(id: string): Promise<StoredUser | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Emails are stored lower-case (the schema normalises them), so this is an exact match. */
    findByEmail(email: string): Promise<StoredUser | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },

    listAll(): Promise<StoredUser[]> {
      return db.selectFrom('users').selectAll().orderBy('email').execute();
    },

    async countWithInstanceRole(role: InstanceRole): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('instance_role', '=', role)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async insert(row: StoredUser): Promise<void> {
      await db.insertInto('users').values(row).execute();
    },

    async update(
      id: string,
      changes: Partial<Pick<StoredUser, 'password_hash' | 'instance_role' | 'display_name'>>,
      updatedAt: string,
    ): Promise<StoredUser> {
      return db
        .updateTable('users')
        .set((eb) => ({ ...changes, updated_at: updatedAt, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
