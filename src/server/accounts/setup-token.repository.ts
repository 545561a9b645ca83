import type { Db } from '../db/database.js';
import type { SetupTokenTable } from '../db/schema.js';

export function setupTokenRepository(db: Db) {
  return {
    findByTokenHash(tokenHash: string): Promise<SetupTokenTable | undefined> {
      return db
        .selectFrom('setup_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async insert(row: SetupTokenTable): Promise<void> {
      await db.insertInto('setup_tokens').values(row).execute();
    },

    async markUsed(id: string, usedAt: string): Promise<void> {
      await db.updateTable('setup_tokens').set({ used_at: usedAt }).where('id', '=', id).execute();
    },

    async revokeAllUnused(revokedAt: string): Promise<void> {
      await db
        .updateTable('setup_tokens')
        .set({ revoked_at: revokedAt })
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
    },
  };
}
