import { randomUUID } from 'node:crypto';

/** The columns every new record people can edit starts with. */
export function newRecordFields(now: Date) {
  return {
    id: randomUUID(),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    version: 1,
  };
}
