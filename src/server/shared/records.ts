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

/** A copy of a row without one of its columns (a joined name, say), as the audit event digests it. */
export function omit<T extends object, K extends keyof T>(row: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== key)) as Omit<T, K>;
}
