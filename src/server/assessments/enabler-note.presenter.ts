import type { EnablerNoteView } from '../../domain/assessment/api/index.js';
import type { EnablerNoteRow } from './enabler-note.repository.js';
import { stampOf } from './stamp.js';

export function presentEnablerNote(key: string, row: EnablerNoteRow | undefined): EnablerNoteView {
  return { key, note: row?.note ?? '', stamp: row ? stampOf(row) : null };
}
