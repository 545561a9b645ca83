import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/program.js';
import { issueSetupToken } from '../../src/server/accounts/setup.commands.js';
import { tokenLink } from '../../src/server/http/links.js';
import { createRuntime } from '../../src/server/runtime.js';
import { testConfig } from '../../src/server/test-support/test-config.js';
import { createTestDatabase } from '../../src/server/test-support/test-databases.js';

export type TestServer = {
  baseUrl: string;
  /** The server's DATA_DIR, for a test that runs `mnr` or opens its SQLite database. */
  dataDir: string;
  /** The first-run link, made as `npm start` makes the one it prints. */
  setupLink: () => Promise<string>;
  /** `mnr user reset-link EMAIL`, run against the server's database; returns the printed link. */
  resetLink: (email: string) => Promise<string>;
  close: () => Promise<void>;
};

const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** A port nothing listens on now, so the server's public address (in its links) is known up front. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

/**
 * The real application as `npm start` runs it (migrations, shipped frameworks, the built web
 * app), on a fresh temporary SQLite database and a free local port. Its links (setup, invite,
 * reset) point at that port, so a test opens them as a person would.
 */
export async function startTestServer(): Promise<TestServer> {
  if (!fs.existsSync(`${WEB_ROOT}index.html`)) {
    throw new Error(`${WEB_ROOT}index.html is missing: run npm run build first.`);
  }
  const database = await createTestDatabase('sqlite');
  if (database.config.kind !== 'sqlite') throw new Error('browser tests run on SQLite');
  const dataDir = path.dirname(database.config.file);
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const config = testConfig(database.config, { port, publicUrl: baseUrl });
    const runtime = await createRuntime(config, { webRoot: WEB_ROOT });
    await runtime.app.listen({ host: '127.0.0.1', port });
    return {
      baseUrl,
      dataDir,
      setupLink: async () => {
        const setup = await issueSetupToken(runtime.app.store, new Date());
        if (!setup) throw new Error('The instance is already set up.');
        return tokenLink(config, 'setup', setup.token);
      },
      resetLink: (email) => cliResetLink(email, { DATA_DIR: dataDir, PUBLIC_URL: baseUrl }),
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

async function cliResetLink(email: string, env: NodeJS.ProcessEnv): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['user', 'reset-link', email], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: { ...env, LOG_LEVEL: 'silent' },
    readStdin: async () => '',
    askHidden: undefined,
  });
  const link = /\S+\/reset-password#token=\S+/.exec(out.join('\n'))?.[0];
  if (code !== 0 || !link) throw new Error(`mnr user reset-link failed: ${err.join('\n')}`);
  return link;
}
