import type { Db } from '../db/database.js';
import type { IntakeTokenTable } from '../db/schema.js';

export type StoredIntakeToken = IntakeTokenTable;

export function intakeTokenRepository(db: Db) {
  return {
    findActiveByHash(tokenHash: string): Promise<StoredIntakeToken | undefined> {
      return db
        .selectFrom('intake_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },

    findById(id: string): Promise<StoredIntakeToken | undefined> {
      return db.selectFrom('intake_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    },

    listAll(): Promise<StoredIntakeToken[]> {
      return db
        .selectFrom('intake_tokens')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },

    async insert(row: StoredIntakeToken): Promise<void> {
      await db.insertInto('intake_tokens').values(row).execute();
    },

    revoke(id: string, revokedAt: string): Promise<StoredIntakeToken> {
      return db
        .updateTable('intake_tokens')
        .set({ revoked_at: revokedAt })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
