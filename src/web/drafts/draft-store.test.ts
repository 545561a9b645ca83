import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { draftKey, hasDrafts, readDraft, removeDraft, writeDraft } from './draft-store.js';

/** The part of the Web Storage interface drafts use, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const textSchema = z.object({ text: z.string() });
const address = { userId: 'u1', assessmentId: 'a1', field: 'evidence:x.1.1' };
const key = draftKey(address);
const draft = {
  value: { text: 'typed' },
  baseVersion: 3,
  baseValue: { text: 'saved' },
  savedAt: '2026-12-10T10:00:00.000Z',
};

describe('drafts', () => {
  it('keeps a draft per person, assessment and field until it is removed', () => {
    const storage = memoryStorage();
    writeDraft(storage, key, draft);
    expect(readDraft(storage, key, textSchema)).toEqual(draft);
    expect(readDraft(storage, draftKey({ ...address, userId: 'u2' }), textSchema)).toBeUndefined();
    expect(
      readDraft(storage, draftKey({ ...address, field: 'post:x' }), textSchema),
    ).toBeUndefined();
    expect(hasDrafts(storage, 'u1')).toBe(true);
    expect(hasDrafts(storage, 'u2')).toBe(false);
    removeDraft(storage, key);
    expect(readDraft(storage, key, textSchema)).toBeUndefined();
    expect(hasDrafts(storage, 'u1')).toBe(false);
  });

  it('ignores what it cannot read instead of failing the page', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    expect(readDraft(storage, key, textSchema)).toBeUndefined();
    storage.setItem(key, JSON.stringify({ value: 42 }));
    expect(readDraft(storage, key, textSchema)).toBeUndefined();
  });

  it('carries on when the browser refuses storage', () => {
    const refusing: Storage = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => writeDraft(refusing, key, draft)).not.toThrow();
    expect(readDraft(refusing, key, textSchema)).toBeUndefined();
  });
});
