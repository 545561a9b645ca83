import type { Db } from '../db/database.js';
import type { FrameworkTable } from '../db/schema.js';

export type StoredFramework = FrameworkTable;

export function frameworkRepository(db: Db) {
  return {
    findByKeyAndVersion(key: string, version: string): Promise<StoredFramework | undefined> {
      return db
        .selectFrom('frameworks')
        .selectAll()
        .where('key', '=', key)
        .where('version', '=', version)
        .executeTakeFirst();
    },

    /** The most recently loaded version of each framework key, then older versions. */
    listAll(): Promise<Omit<StoredFramework, 'content'>[]> {
      return db
        .selectFrom('frameworks')
        .select(['id', 'key', 'version', 'title', 'checksum', 'loaded_at'])
        .orderBy('key')
        .orderBy('loaded_at', 'desc')
        .orderBy('version', 'desc')
        .execute();
    },

    findLatest(key: string): Promise<StoredFramework | undefined> {
      return db
        .selectFrom('frameworks')
        .selectAll()
        .where('key', '=', key)
        .orderBy('loaded_at', 'desc')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async insert(row: StoredFramework): Promise<void> {
      await db.insertInto('frameworks').values(row).execute();
    },
  };
}
