import type { Config } from '../config.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { testConfig } from './test-config.js';
import { createTestDatabase } from './test-databases.js';

export type TestApp = Runtime & { config: Config };

/** The real app over a fresh database of the given kind, migrated and with the shipped frameworks. */
export async function startTestApp(
  kind: 'sqlite' | 'postgres',
  overrides: Partial<Config> = {},
): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const config = testConfig(database.config, overrides);
  const runtime = await createRuntime(config, { webRoot: undefined });
  return {
    ...runtime,
    config,
    close: async () => {
      await runtime.close();
      await database.drop();
    },
  };
}
