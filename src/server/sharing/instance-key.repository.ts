import type { Db } from '../db/database.js';
import type { InstanceKeyTable } from '../db/schema.js';

export type StoredInstanceKey = InstanceKeyTable;

/** The instance's one signing key lives in a single row with this id. */
export const INSTANCE_KEY_ID = 'instance';

export function instanceKeyRepository(db: Db) {
  return {
    find(): Promise<StoredInstanceKey | undefined> {
      return db
        .selectFrom('instance_keys')
        .selectAll()
        .where('id', '=', INSTANCE_KEY_ID)
        .executeTakeFirst();
    },

    /** Inserts the key unless one exists; true when this call stored it. */
    async insertIfAbsent(row: StoredInstanceKey): Promise<boolean> {
      const result = await db
        .insertInto('instance_keys')
        .values(row)
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
  };
}
