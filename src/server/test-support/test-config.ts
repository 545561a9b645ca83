import type { Config, DatabaseConfig } from '../config.js';

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: database.kind === 'sqlite' ? database.file.replace(/[^/]+$/, '') : '/tmp',
    database,
    publicUrl: 'http://mnr.test',
    logLevel: 'silent',
    sessions: { idleMinutes: 30, maxHours: 12 },
    loginLimits: { perAccount: 10, perIp: 100, windowMinutes: 15 },
    aggregateMinCountries: 5,
    mail: undefined,
    reassessmentMonths: 24,
    secretariat: undefined,
    now: () => new Date(),
    ...overrides,
  };
}
