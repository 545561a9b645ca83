import { loadConfig } from '../server/config.js';
import { openDatabase, type DatabaseHandle } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { CliIo } from './io.js';

/** Opens the configured database, brings it up to date, runs `work`, and always closes it. */
export async function withDatabase<T>(
  io: CliIo,
  work: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}
