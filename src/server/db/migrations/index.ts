import type { Migration, MigrationProvider } from 'kysely';
import * as createFrameworks from './20261203150000-create-frameworks.js';

/**
 * Migrations are listed here rather than read from a folder, so the same list runs from the
 * TypeScript sources in tests and from the compiled build. Names sort by timestamp.
 */
const migrations: Record<string, Migration> = {
  '20261203150000-create-frameworks': createFrameworks,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
