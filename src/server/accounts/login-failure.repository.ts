import type { Db } from '../db/database.js';
import type { LoginFailureTable } from '../db/schema.js';

export function loginFailureRepository(db: Db) {
  return {
    /** The times of the most recent failures since `since`, newest first, at most `limit`. */
    async recent(
      by: 'email' | 'ip',
      value: string,
      since: string,
      limit: number,
    ): Promise<string[]> {
      const rows = await db
        .selectFrom('login_failures')
        .select('failed_at')
        .where(by, '=', value)
        .where('failed_at', '>', since)
        .orderBy('failed_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => row.failed_at);
    },

    async insert(row: LoginFailureTable): Promise<void> {
      await db.insertInto('login_failures').values(row).execute();
    },

    async deleteForEmail(email: string): Promise<void> {
      await db.deleteFrom('login_failures').where('email', '=', email).execute();
    },

    async deleteOlderThan(cutoff: string): Promise<void> {
      await db.deleteFrom('login_failures').where('failed_at', '<=', cutoff).execute();
    },
  };
}
