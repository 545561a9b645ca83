import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnablerNoteView } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { StampLine } from '../../components/assessment/StampLine.js';
import { readDraft } from '../../drafts/draft-store.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { EnablerNoteForm, noteSchema } from './EnablerNoteForm.js';

type Enabler = FrameworkView['enablers'][number];

/** One enabler: what it means, what the group noted, and (for contributors) the note's editor. */
export function EnablerItem({
  assessmentId,
  enabler,
  note,
  canEdit,
  onChanged,
}: {
  assessmentId: string;
  enabler: Enabler;
  note: EnablerNoteView;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const draftKey = useDraftKey(assessmentId, `enabler:${enabler.key}`);
  const [editing, setEditing] = useState(() =>
    Boolean(readDraft(localStorage, draftKey, noteSchema)),
  );
  const title = localize(enabler.title);
  return (
    <li className="enabler enabler--noted">
      <h3 className="enabler__title">{title}</h3>
      <p>{localize(enabler.description)}</p>
      {editing && canEdit ? (
        <EnablerNoteForm
          assessmentId={assessmentId}
          note={note}
          title={title}
          draftKey={draftKey}
          onChanged={onChanged}
        />
      ) : (
        <>
          <p className="enabler__note">{note.note || t('enablers.noNote')}</p>
          <StampLine stamp={note.stamp} />
          {canEdit && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEditing(true)}
            >
              {note.note ? t('enablers.change') : t('enablers.add')}
              <span className="visually-hidden"> {t('enablers.about', { enabler: title })}</span>
            </button>
          )}
        </>
      )}
    </li>
  );
}
