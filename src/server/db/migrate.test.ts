import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database.js';
import { migrateToLatest, migrateToNothing } from './migrate.js';
import {
  createTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from '../test-support/test-databases.js';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  return tables.map((table) => table.name).sort();
}

describe.each(testDatabaseKinds())('migrations on %s', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;

  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  it('go up, are idempotent, come down completely and go up again', async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase(database.config);

    const applied = await migrateToLatest(handle.db);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableNames(handle)).toContain('frameworks');
    expect(await migrateToLatest(handle.db)).toEqual([]);

    const undone = await migrateToNothing(handle.db);
    expect(undone).toEqual([...applied].reverse());
    expect(await tableNames(handle)).not.toContain('frameworks');

    expect(await migrateToLatest(handle.db)).toEqual(applied);
  });

  it('runs with foreign keys enforced', async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase(database.config);
    if (kind === 'sqlite') {
      const result = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(handle.db);
      expect(result.rows[0]?.foreign_keys).toBe(1);
      const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(handle.db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
    } else {
      const result = await sql<{
        count: number;
      }>`SELECT count(*) AS count FROM pg_catalog.pg_tables`.execute(handle.db);
      expect(typeof result.rows[0]?.count).toBe('number');
    }
  });
});
