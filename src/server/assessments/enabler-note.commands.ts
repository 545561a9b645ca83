import type { EnablerNoteView, PutEnablerNote } from '../../domain/assessment/api/index.js';
import { newRecordFields } from '../shared/records.js';
import { requireEnabler } from './assessment-framework.js';
import { writeAssessment, type WriteContext } from './assessment-write.js';
import { requireBaseVersion } from './base-version.js';
import { presentEnablerNote } from './enabler-note.presenter.js';
import { enablerNoteRepository, type StoredEnablerNote } from './enabler-note.repository.js';
import { withoutName } from './stamp.js';

/** What the group noted about a cross-cutting enabler: context, not a scored stage. */
export function putEnablerNote(
  context: WriteContext,
  ids: { assessmentId: string; enablerKey: string },
  input: PutEnablerNote,
): Promise<EnablerNoteView> {
  return writeAssessment(context, ids.assessmentId, 'assessment.contribute', async (tx) => {
    const key = requireEnabler(tx.framework, ids.enablerKey);
    const notes = enablerNoteRepository(tx.trx);
    const before = await notes.find(ids.assessmentId, key);
    await requireBaseVersion(
      before && { version: before.version, name: before.updated_by_name },
      input.version,
      `The note on ${key}`,
      async () => presentEnablerNote(key, before),
    );
    const changes = {
      note: input.note,
      updated_by: tx.actor.userId,
      updated_at: tx.now.toISOString(),
    };
    let after: StoredEnablerNote;
    if (before) {
      after = await notes.update(before.id, changes);
    } else {
      after = {
        ...newRecordFields(tx.now),
        ...changes,
        assessment_id: ids.assessmentId,
        enabler_key: key,
      };
      await notes.insert([after]);
    }
    await tx.record({
      action: 'enabler-note.set',
      entityType: 'enabler_note',
      entityId: after.id,
      before: before && withoutName(before),
      after,
      subDomainKey: null,
      subject: key,
      summary: { noteLength: after.note.length },
      kind: 'enabler',
      key,
    });
    return presentEnablerNote(key, await notes.find(ids.assessmentId, key));
  });
}
