import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRuntime } from '../../src/server/runtime.js';
import { testConfig } from '../../src/server/test-support/test-config.js';
import { createTestDatabase } from '../../src/server/test-support/test-databases.js';

export type TestServer = { baseUrl: string; close: () => Promise<void> };

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * The real application as `npm start` runs it (migrations, shipped frameworks, the built web
 * app), on a fresh temporary SQLite database and a free local port.
 */
export async function startTestServer(): Promise<TestServer> {
  if (!fs.existsSync(`${WEB_ROOT}index.html`)) {
    throw new Error(`${WEB_ROOT}index.html is missing: run npm run build first.`);
  }
  const database = await createTestDatabase('sqlite');
  try {
    const runtime = await createRuntime(testConfig(database.config), { webRoot: WEB_ROOT });
    const baseUrl = await runtime.app.listen({ host: '127.0.0.1', port: 0 });
    return {
      baseUrl,
      close: async () => {
        await runtime.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
