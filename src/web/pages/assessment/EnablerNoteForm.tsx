import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  enablerNoteViewSchema,
  putEnablerNoteSchema,
  type EnablerNoteView,
} from '../../../domain/assessment/api/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { TextArea } from '../../components/form/TextArea.js';
import { VersionedFormFrame } from '../../components/form/VersionedFormFrame.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds } from '../../forms/use-form.js';
import { useVersionedForm } from '../../forms/use-versioned-form.js';
import type { VersionedRecord } from '../../forms/versioned-edit.js';

export const noteSchema = z.object({ text: z.string() });
type Note = z.infer<typeof noteSchema>;

export function noteRecord(view: EnablerNoteView): VersionedRecord<Note> {
  return { version: view.stamp?.version ?? null, value: { text: view.note }, stamp: view.stamp };
}

/** What the group noted about one enabler, kept as a draft while typed and merged on conflict. */
export function EnablerNoteForm({
  assessmentId,
  note,
  title,
  draftKey,
  onChanged,
}: {
  assessmentId: string;
  note: EnablerNoteView;
  title: string;
  draftKey: string;
  /** The record changed on the server: read the page again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const ids = fieldIds(`enabler-${note.key}`, ['note']);
  const editor = useVersionedForm({
    record: noteRecord(note),
    draftKey,
    valueSchema: noteSchema,
    same: (a, b) => a.text === b.text,
    schema: putEnablerNoteSchema,
    ids,
    messages: () => ({ note: t('validation.longText') }),
    bodyOf: (version, value) => ({ version, note: value.text }),
    send: async (body) =>
      noteRecord(await assessmentsApi.putEnablerNote(assessmentId, note.key, body)),
    onChanged,
    currentOf: (error) => {
      const current = currentFromConflict(error, enablerNoteViewSchema);
      return current && noteRecord(current);
    },
  });
  return (
    <VersionedFormFrame
      editor={editor}
      ids={ids}
      label={t('enablers.formLabel', { enabler: title })}
      textLabel={t('enablers.note')}
      editorId={ids.note}
      submitLabel={t('enablers.save')}
    >
      <TextArea
        id={ids.note}
        label={t('enablers.noteOn', { enabler: title })}
        value={editor.value.text}
        onValueChange={editor.changeText}
        error={fieldError(editor.errors, 'note')}
      />
    </VersionedFormFrame>
  );
}
