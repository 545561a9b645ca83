import type { FastifyBaseLogger } from 'fastify';
import type { DatabaseConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { inProcessChangeBus, type ChangeBus } from './change-bus.js';
import { postgresChangeBus } from './postgres-change-bus.js';

/** SQLite: this process is the only one, so in-process fan-out. PostgreSQL: LISTEN/NOTIFY. */
export function createChangeBus(
  database: DatabaseConfig,
  db: Db,
  log: FastifyBaseLogger,
): Promise<ChangeBus> {
  return database.kind === 'postgres'
    ? postgresChangeBus(db, database, log)
    : Promise.resolve(inProcessChangeBus());
}
