import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Dialect } from '../db/database.js';
import { digest } from '../shared/canonical-json.js';
import { auditRepository, type StoredAuditEvent } from './audit.repository.js';

/** Who did it: a signed-in person, the instance itself (start-up, the mnr command) or nobody known. */
export type AuditActor = `user:${string}` | `system:${'startup' | 'cli'}` | 'anonymous';

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  /** The entity before and after the change; absent on create and delete respectively. */
  before?: unknown;
  after?: unknown;
};

/** Appends an event to the chain and returns its sequence number. */
export type AuditLog = { record: (entry: AuditEntry) => Promise<number> };

export type Store = { db: Db; dialect: Dialect };

export const GENESIS_HASH = '0'.repeat(64);

/** Any fixed number: the advisory lock every audited write on PostgreSQL holds until it commits. */
const AUDIT_CHAIN_LOCK = 7_260_181_001;

export function userActor(userId: string): AuditActor {
  return `user:${userId}`;
}

/** The hash over every field of an event, its `prev_hash` included, which chains the events. */
export function auditEventHash(event: Omit<StoredAuditEvent, 'hash'>): string {
  return digest({ ...event });
}

/**
 * Runs a write and its audit events in one transaction. On PostgreSQL the chain lock is taken
 * first and held to commit, so concurrent writers queue instead of forking the chain; holding it
 * for the whole (short) write also makes checks such as "never remove the last lead" race-free.
 * SQLite already runs one write transaction at a time. Keep slow work such as password hashing
 * outside: it would hold up every other write.
 */
export function writeTransaction<T>(
  store: Store,
  now: Date,
  work: (trx: Db, audit: AuditLog) => Promise<T>,
): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    if (store.dialect === 'postgres') {
      await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`.execute(trx);
    }
    const events = auditRepository(trx);
    const audit: AuditLog = {
      record: async (entry) => {
        const head = await events.head();
        const event = {
          seq: (head?.seq ?? 0) + 1,
          id: randomUUID(),
          occurred_at: now.toISOString(),
          actor: entry.actor,
          action: entry.action,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          before_digest: entry.before === undefined ? null : digest(entry.before),
          after_digest: entry.after === undefined ? null : digest(entry.after),
          prev_hash: head?.hash ?? GENESIS_HASH,
        };
        await events.insert({ ...event, hash: auditEventHash(event) });
        return event.seq;
      },
    };
    return work(trx, audit);
  });
}
