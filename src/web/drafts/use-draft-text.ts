import { useState } from 'react';
import { z } from 'zod';
import { readDraft, removeDraft, writeDraft } from './draft-store.js';

const textSchema = z.string();

/**
 * Text for something new (a discussion post) kept in the browser as it is typed, until `clear`
 * after it was sent: a reload or an ended session loses nothing.
 */
export function useDraftText(key: string) {
  const [text, setText] = useState(() => readDraft(localStorage, key, textSchema)?.value ?? '');
  function change(value: string) {
    setText(value);
    if (value.trim() === '') removeDraft(localStorage, key);
    else {
      const savedAt = new Date().toISOString();
      writeDraft(localStorage, key, { value, baseVersion: null, baseValue: '', savedAt });
    }
  }
  return { text, change, clear: () => change('') };
}
