import { Migrator, PostgresAdapter, sql, type MigrationResult } from 'kysely';
import type { Db } from './database.js';
import { migrationProvider } from './migrations/index.js';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * On PostgreSQL the migrator is told its schema (the connection's `search_path`): left alone it
 * takes a `kysely_migration` table in any other schema of the database for its own.
 */
async function migratorFor(db: Db): Promise<Migrator> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    return new Migrator({ db, provider: migrationProvider });
  }
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  return new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: rows[0]?.schema ?? 'public',
  });
}

/** Brings the database to the latest schema; returns the names of the migrations applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await (await migratorFor(db)).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new MigrationError(
      `Database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return appliedNames(results);
}

/** Undoes every migration (used by tests to prove each `down` works). */
export async function migrateToNothing(db: Db): Promise<string[]> {
  const migrator = await migratorFor(db);
  const undone: string[] = [];
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error)
      throw new MigrationError(`Undoing a migration failed: ${String(error)}`, { cause: error });
    const names = appliedNames(results);
    if (names.length === 0) return undone;
    undone.push(...names);
  }
}

function appliedNames(results: MigrationResult[] | undefined): string[] {
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
