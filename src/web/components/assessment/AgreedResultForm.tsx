import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agreedResultViewSchema,
  putSubDomainResultSchema,
  type AgreedResultView,
  type PutSubDomainResult,
  type SubDomainWorkspace,
} from '../../../domain/assessment/api/index.js';
import {
  agreedResultProblems,
  rationaleRequired,
  type AgreedResult,
  type SuggestedStage,
} from '../../../domain/assessment/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import {
  RESULT_CHOICES,
  recordOfResultView,
  resultOfValue,
  resultValueSchema,
  sameResultValue,
  type ResultValue,
} from '../../assessments/agreed-result-value.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds } from '../../forms/use-form.js';
import { useVersionedForm } from '../../forms/use-versioned-form.js';
import type { VersionedRecord } from '../../forms/versioned-edit.js';
import { ChoiceGroup } from '../form/ChoiceGroup.js';
import { TextArea } from '../form/TextArea.js';
import { VersionedFormFrame } from '../form/VersionedFormFrame.js';
import { useResultWords } from './use-result-words.js';
import { WarningList } from './WarningList.js';

type Warning = SubDomainWorkspace['warnings'][number];

/**
 * The stage a group agreed for a sub-domain or a capability (leads and facilitators), or not
 * applicable with the reason. A stage other than the suggestion needs a rationale, checked by the
 * domain's own rule before anything is sent; the warnings such a stage would raise show as it is
 * chosen, and guide without blocking.
 */
export function AgreedResultForm({
  idPrefix,
  label,
  record,
  suggested,
  draftKey,
  stageTitle,
  send,
  warningsFor,
  onChanged,
}: {
  idPrefix: string;
  label: string;
  record: VersionedRecord<ResultValue>;
  suggested: SuggestedStage | undefined;
  draftKey: string;
  stageTitle: (stage: number) => string;
  send: (body: PutSubDomainResult) => Promise<AgreedResultView>;
  warningsFor?: (result: AgreedResult) => Warning[];
  /** The record changed on the server: read the page again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const words = useResultWords(stageTitle);
  const ids = useMemo(() => fieldIds(idPrefix, ['choice', 'result']), [idPrefix]);
  const schema = useMemo(
    () =>
      putSubDomainResultSchema.superRefine(({ result }, context) => {
        if (result.kind === 'not-assessed') {
          context.addIssue({ code: 'custom', path: ['choice'], message: 'choose a stage' });
        }
        for (const problem of agreedResultProblems(result, suggested)) {
          context.addIssue({ code: 'custom', path: ['result', ...problem.path], message: '' });
        }
      }),
    [suggested],
  );
  const editor = useVersionedForm({
    record,
    draftKey,
    valueSchema: resultValueSchema,
    same: sameResultValue,
    schema,
    ids,
    messages: ({ choice }) => ({
      choice: t('validation.resultChoice'),
      result: choice === 'not-applicable' ? t('validation.reason') : t('validation.rationale'),
    }),
    bodyOf: (version, value) => ({ version, result: resultOfValue(value) }),
    send: async (body) => recordOfResultView(await send(body)),
    onChanged,
    currentOf: (error) => {
      const current = currentFromConflict(error, agreedResultViewSchema);
      return current && recordOfResultView(current);
    },
  });
  const { value } = editor;
  const candidate = resultOfValue(value);
  const warnings = candidate.kind === 'stage' && warningsFor ? warningsFor(candidate) : [];
  const notApplicable = value.choice === 'not-applicable';
  const textHint = notApplicable
    ? t('result.reasonHint')
    : candidate.kind !== 'stage'
      ? t('result.rationaleHint')
      : rationaleRequired(candidate.stage, suggested)
        ? t('result.rationaleRequired', {
            stage: candidate.stage,
            suggestion: words.suggestion(suggested),
          })
        : t('result.rationaleOptional');

  return (
    <VersionedFormFrame
      editor={editor}
      ids={ids}
      label={label}
      textLabel={t('result.text')}
      details={(version) => [{ label: t('result.agreed'), value: words.choice(version.choice) }]}
      editorId={ids.result}
      submitLabel={t('result.save')}
    >
      <ChoiceGroup
        id={ids.choice}
        type="radio"
        legend={t('result.choiceLegend')}
        hint={t('result.suggestedHint', { suggestion: words.suggestion(suggested) })}
        choices={RESULT_CHOICES.map((choice) => ({ value: choice, label: words.choice(choice) }))}
        selected={[value.choice]}
        onToggle={(choice) => editor.change({ choice: choice as ResultValue['choice'] })}
        error={fieldError(editor.errors, 'choice')}
      />
      {warnings.length > 0 && (
        <div className="result-preview">
          <p className="result-preview__intro">
            {t('result.previewIntro', { stage: value.choice })}
          </p>
          <WarningList warnings={warnings} />
        </div>
      )}
      <TextArea
        id={ids.result}
        label={notApplicable ? t('result.reasonLabel') : t('result.rationaleLabel')}
        hint={textHint}
        value={value.text}
        onValueChange={editor.changeText}
        error={fieldError(editor.errors, 'result')}
      />
    </VersionedFormFrame>
  );
}
