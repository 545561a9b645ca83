import type { Db } from '../db/database.js';
import type { PasswordResetTable } from '../db/schema.js';

export function passwordResetRepository(db: Db) {
  return {
    findByTokenHash(tokenHash: string): Promise<PasswordResetTable | undefined> {
      return db
        .selectFrom('password_resets')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async insert(row: PasswordResetTable): Promise<void> {
      await db.insertInto('password_resets').values(row).execute();
    },

    async markUsed(id: string, usedAt: string): Promise<void> {
      await db
        .updateTable('password_resets')
        .set({ used_at: usedAt })
        .where('id', '=', id)
        .execute();
    },

    async revokeUnusedForUser(userId: string, revokedAt: string): Promise<void> {
      await db
        .updateTable('password_resets')
        .set({ revoked_at: revokedAt })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
