import type { Db } from '../db/database.js';
import type { EnablerNoteTable } from '../db/schema.js';

export type StoredEnablerNote = EnablerNoteTable;
export type EnablerNoteRow = StoredEnablerNote & { updated_by_name: string };

export function enablerNoteRepository(db: Db) {
  const notes = (assessmentId: string) =>
    db
      .selectFrom('enabler_notes')
      .innerJoin('users', 'users.id', 'enabler_notes.updated_by')
      .selectAll('enabler_notes')
      .select('users.display_name as updated_by_name')
      .where('enabler_notes.assessment_id', '=', assessmentId);

  return {
    find(assessmentId: string, enablerKey: string): Promise<EnablerNoteRow | undefined> {
      return notes(assessmentId)
        .where('enabler_notes.enabler_key', '=', enablerKey)
        .executeTakeFirst();
    },

    list(assessmentId: string): Promise<EnablerNoteRow[]> {
      return notes(assessmentId).execute();
    },

    async insert(rows: readonly StoredEnablerNote[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('enabler_notes')
          .values([...rows])
          .execute();
    },

    update(
      id: string,
      changes: Pick<StoredEnablerNote, 'note' | 'updated_by' | 'updated_at'>,
    ): Promise<StoredEnablerNote> {
      return db
        .updateTable('enabler_notes')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
