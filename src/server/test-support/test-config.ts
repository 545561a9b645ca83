import type { Config, DatabaseConfig } from '../config.js';

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: database.kind === 'sqlite' ? database.file.replace(/[^/]+$/, '') : '/tmp',
    database,
    publicUrl: undefined,
    logLevel: 'silent',
    ...overrides,
  };
}
