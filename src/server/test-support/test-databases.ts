import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';

export type TestDatabase = {
  name: 'sqlite' | 'postgres';
  config: DatabaseConfig;
  drop: () => Promise<void>;
};

/**
 * The databases a data-layer test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is
 * set. In CI PostgreSQL is required, so a missing URL fails instead of quietly skipping.
 */
export function testDatabaseKinds(): ('sqlite' | 'postgres')[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.',
    );
  }
  if (!announced) {
    announced = true;
    console.warn('PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://... to run them.');
  }
  return ['sqlite'];
}
let announced = false;

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL schema. */
export async function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-test-'));
    return {
      name: 'sqlite',
      config: { kind: 'sqlite', file: path.join(dir, 'mnr.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
  return {
    name: 'postgres',
    config: { kind: 'postgres', url, schema },
    drop: () =>
      withClient(url, (client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
