import type { Config } from './config.js';
import { buildApp, DEFAULT_WEB_ROOT, type AppInstance } from './app.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { loadShippedFrameworks } from './frameworks/load-shipped.js';
import { ensureInstanceKey } from './sharing/instance-key.js';

export type Runtime = { app: AppInstance; close: () => Promise<void> };

/**
 * Everything `npm start` does before listening: open the database, migrate it, load the shipped
 * frameworks and build the app. Tests start the same runtime.
 */
export async function createRuntime(
  config: Config,
  options: { webRoot?: string | undefined } = { webRoot: DEFAULT_WEB_ROOT },
): Promise<Runtime> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    await loadShippedFrameworks(database.db);
    await ensureInstanceKey(database, config.now());
    const app = await buildApp({
      config,
      db: database.db,
      dialect: database.dialect,
      webRoot: options.webRoot,
    });
    return {
      app,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
