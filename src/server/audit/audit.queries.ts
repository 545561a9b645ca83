import type { Db } from '../db/database.js';
import { auditEventHash, GENESIS_HASH } from './audit.js';
import { auditRepository, type StoredAuditEvent } from './audit.repository.js';

export type ChainReport =
  | { intact: true; count: number }
  | {
      intact: false;
      count: number;
      broken: { seq: number; id: string; action: string; problem: string };
    };

const PAGE_SIZE = 1000;

/** Walks the whole chain in order and names the first event that does not check out. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const events = auditRepository(db);
  let previous: Pick<StoredAuditEvent, 'seq' | 'hash'> = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  for (;;) {
    const page = await events.pageAfter(previous.seq, PAGE_SIZE);
    for (const event of page) {
      const problem = problemWith(event, previous);
      if (problem) {
        return {
          intact: false,
          count,
          broken: { seq: event.seq, id: event.id, action: event.action, problem },
        };
      }
      previous = event;
      count += 1;
    }
    if (page.length < PAGE_SIZE) return { intact: true, count };
  }
}

function problemWith(
  event: StoredAuditEvent,
  previous: Pick<StoredAuditEvent, 'seq' | 'hash'>,
): string | undefined {
  if (event.seq !== previous.seq + 1) {
    return `events ${previous.seq + 1} to ${event.seq - 1} are missing`;
  }
  if (event.prev_hash !== previous.hash) {
    return 'it does not point to the event before it (the earlier event was changed or removed)';
  }
  const { hash, ...fields } = event;
  if (auditEventHash(fields) !== hash) return 'its contents no longer match its hash';
  return undefined;
}
