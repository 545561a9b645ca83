import type { Db } from '../db/database.js';
import type { AuditEventTable } from '../db/schema.js';

export type StoredAuditEvent = AuditEventTable;

export function auditRepository(db: Db) {
  return {
    head(): Promise<Pick<StoredAuditEvent, 'seq' | 'hash'> | undefined> {
      return db
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async insert(event: StoredAuditEvent): Promise<void> {
      await db.insertInto('audit_events').values(event).execute();
    },

    /** Events after `seq` in chain order, a page at a time so a long chain never sits in memory. */
    pageAfter(seq: number, limit: number): Promise<StoredAuditEvent[]> {
      return db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit)
        .execute();
    },
  };
}
