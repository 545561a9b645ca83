import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import type { CliIo } from '../io.js';

export function migrateCommand(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date (npm start also does this).')
    .addHelpText(
      'after',
      '\nUses the SQLite database in DATA_DIR (default ./data), or PostgreSQL when DATABASE_URL is set.',
    )
    .action(async () => {
      const config = loadConfig(io.env);
      const database = openDatabase(config.database);
      try {
        const applied = await migrateToLatest(database.db);
        io.out(
          applied.length === 0
            ? 'The database is already up to date.'
            : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`,
        );
      } finally {
        await database.close();
      }
    });
}
