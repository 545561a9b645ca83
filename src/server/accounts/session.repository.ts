import type { Db } from '../db/database.js';
import type { SessionTable, UserTable } from '../db/schema.js';

export type StoredSession = SessionTable;

export type SessionWithUser = StoredSession & {
  user: Pick<UserTable, 'id' | 'email' | 'display_name' | 'instance_role'>;
};

export function sessionRepository(db: Db) {
  return {
    async findByTokenHash(tokenHash: string): Promise<SessionWithUser | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('sessions')
        .select(['users.email', 'users.display_name', 'users.instance_role'])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const { email, display_name, instance_role, ...session } = row;
      return { ...session, user: { id: session.user_id, email, display_name, instance_role } };
    },

    findById(id: string): Promise<StoredSession | undefined> {
      return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async insert(row: StoredSession): Promise<void> {
      await db.insertInto('sessions').values(row).execute();
    },

    async touch(id: string, lastSeenAt: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt })
        .where('id', '=', id)
        .execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    /** Ends every session of a user; returns how many there were. */
    async deleteAllForUser(userId: string): Promise<number> {
      const result = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpiredForUser(userId: string, idleCutoff: string, now: string): Promise<void> {
      await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where((eb) => eb.or([eb('last_seen_at', '<', idleCutoff), eb('expires_at', '<=', now)]))
        .execute();
    },
  };
}
