import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  indicatorRatingViewSchema,
  putIndicatorRatingSchema,
  type IndicatorRatingView,
} from '../../../domain/assessment/api/index.js';
import { INDICATOR_STATUSES, type IndicatorStatus } from '../../../domain/assessment/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { TextArea } from '../../components/form/TextArea.js';
import { VersionedFormFrame } from '../../components/form/VersionedFormFrame.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds } from '../../forms/use-form.js';
import { useVersionedForm } from '../../forms/use-versioned-form.js';
import { ratingRecord, ratingValueSchema, sameRating } from './rating-record.js';

/** Whether an indicator is met, and the evidence for it, saved together. */
export function RatingForm({
  assessmentId,
  rating,
  onChanged,
}: {
  assessmentId: string;
  rating: IndicatorRatingView;
  /** The record changed on the server: read the page again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const key = rating.key;
  const ids = useMemo(() => fieldIds(`rating-${key}`, ['status', 'evidenceText']), [key]);
  const draftKey = useDraftKey(assessmentId, `evidence:${key}`);
  const editor = useVersionedForm({
    record: ratingRecord(rating),
    draftKey,
    valueSchema: ratingValueSchema,
    same: sameRating,
    schema: putIndicatorRatingSchema,
    ids,
    messages: () => ({ status: t('validation.status'), evidenceText: t('validation.longText') }),
    bodyOf: (version, value) => ({ version, status: value.status, evidenceText: value.text }),
    send: async (body) => ratingRecord(await workspaceApi.putRating(assessmentId, key, body)),
    onChanged,
    currentOf: (error) => {
      const current = currentFromConflict(error, indicatorRatingViewSchema);
      return current && ratingRecord(current);
    },
  });
  const statusWord = (status: IndicatorStatus | null) =>
    status ? t(`rating.status.${status}`) : t('rating.unrated');
  const forKey = <span className="visually-hidden"> {t('rating.forIndicator', { key })}</span>;

  return (
    <VersionedFormFrame
      editor={editor}
      ids={ids}
      label={t('rating.formLabel', { key })}
      textLabel={t('rating.evidence')}
      details={(value) => [{ label: t('rating.statusLegend'), value: statusWord(value.status) }]}
      editorId={ids.evidenceText}
      submitLabel={
        <>
          {t('rating.save')}
          {forKey}
        </>
      }
      small
    >
      <ChoiceGroup
        id={ids.status}
        type="radio"
        inline
        legend={
          <>
            {t('rating.statusLegend')}
            {forKey}
          </>
        }
        choices={INDICATOR_STATUSES.map((status) => ({ value: status, label: statusWord(status) }))}
        selected={editor.value.status ? [editor.value.status] : []}
        onToggle={(status) => editor.change({ status: status as IndicatorStatus })}
        error={fieldError(editor.errors, 'status')}
      />
      <TextArea
        id={ids.evidenceText}
        label={
          <>
            {t('rating.evidence')}
            {forKey}
          </>
        }
        hint={t('rating.evidenceHint')}
        rows={3}
        value={editor.value.text}
        onValueChange={editor.changeText}
        error={fieldError(editor.errors, 'evidenceText')}
      />
    </VersionedFormFrame>
  );
}
