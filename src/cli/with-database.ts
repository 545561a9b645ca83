import type { Store } from '../server/audit/audit.js';
import { loadConfig, type Config } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { CliIo } from './io.js';

/** Opens the configured database, brings it up to date, runs `work`, and always closes it. */
export async function withDatabase<T>(
  io: CliIo,
  work: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(io.env);
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work({ db: database.db, dialect: database.dialect }, config);
  } finally {
    await database.close();
  }
}
