import { z } from 'zod';

/**
 * Text a person is typing, kept in the browser until it is saved, so a reload, a lost connection
 * or an ended session loses nothing. Drafts are kept per person (`userId`), so someone else
 * signing in on the same computer does not see them.
 */
export type DraftAddress = { userId: string; assessmentId: string; field: string };

const PREFIX = 'mnr-draft';

/** Where a draft is kept; the functions below take this key. */
export function draftKey({ userId, assessmentId, field }: DraftAddress): string {
  return `${PREFIX}:${userId}:${assessmentId}:${field}`;
}

/** A draft of a versioned record: the value typed, and the saved version it was typed over. */
export type StoredDraft<Value> = {
  value: Value;
  baseVersion: number | null;
  baseValue: Value;
  savedAt: string;
};

function draftSchema<Value>(valueSchema: z.ZodType<Value>): z.ZodType<StoredDraft<Value>> {
  return z.object({
    value: valueSchema,
    baseVersion: z.number().int().nullable(),
    baseValue: valueSchema,
    savedAt: z.string(),
  }) as z.ZodType<StoredDraft<Value>>;
}

/**
 * The browser may refuse storage (private windows, a full quota, a policy): drafts are then not
 * kept, and everything else works as before.
 */
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

export function readDraft<Value>(
  storage: Storage,
  key: string,
  valueSchema: z.ZodType<Value>,
): StoredDraft<Value> | undefined {
  const text = attempt(() => storage.getItem(key));
  if (!text) return undefined;
  const parsed = attempt(() => draftSchema(valueSchema).safeParse(JSON.parse(text)));
  return parsed?.success ? parsed.data : undefined;
}

export function writeDraft<Value>(storage: Storage, key: string, draft: StoredDraft<Value>): void {
  attempt(() => storage.setItem(key, JSON.stringify(draft)));
}

export function removeDraft(storage: Storage, key: string): void {
  attempt(() => storage.removeItem(key));
}

/** Whether the person has unsaved text anywhere, to tell them it is kept. */
export function hasDrafts(storage: Storage, userId: string): boolean {
  const prefix = `${PREFIX}:${userId}:`;
  return (
    attempt(() => {
      for (let index = 0; index < storage.length; index += 1) {
        if (storage.key(index)?.startsWith(prefix)) return true;
      }
      return false;
    }) ?? false
  );
}
