import { issueSetupToken, SETUP_TOKEN_HOURS } from './accounts/setup.commands.js';
import { ConfigError, loadConfig, publicBaseUrl } from './config.js';
import { tokenLink } from './http/links.js';
import { createRuntime } from './runtime.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const runtime = await createRuntime(config);
  const { app } = runtime;

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    runtime.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await runtime.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(
        `Port ${config.port} on ${config.host} is already in use. Stop the program using it, or choose another port with PORT=…`,
      );
    }
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const listening = { ...config, port };
  const database =
    config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    `\nMNR Self-Assessment is running at ${publicBaseUrl(listening)}\nDatabase: ${database}\n\n`,
  );

  const setup = await issueSetupToken(app.store, config.now());
  if (setup) {
    process.stdout.write(
      `No instance administrator exists yet. Open this link within ${SETUP_TOKEN_HOURS} hours to create\n` +
        `the first administrator's account:\n\n` +
        `  ${tokenLink(listening, 'setup', setup.token)}\n\n` +
        `The link works once. Each start prints a new link and older ones stop working.\n\n`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || (error instanceof Error && error.name !== 'Error')) {
    process.stderr.write(`mnr: ${error.message}\n`);
  } else {
    process.stderr.write(
      `mnr: could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
