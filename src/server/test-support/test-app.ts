import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
  // SQLite keeps uploads beside its file; PostgreSQL gets a folder of its own for them.
  const ownDataDir =
    kind === 'postgres' && !overrides.dataDir
      ? fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-test-files-'))
      : undefined;
  const config = testConfig(database.config, {
    ...(ownDataDir ? { dataDir: ownDataDir } : {}),
    ...overrides,
  });
  const runtime = await createRuntime(config, { webRoot: undefined });
  return {
    ...runtime,
    config,
    close: async () => {
      await runtime.close();
      await database.drop();
      if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
