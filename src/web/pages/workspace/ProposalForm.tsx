import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  proposalViewSchema,
  putProposalSchema,
  type ProposalView,
} from '../../../domain/assessment/api/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { TextArea } from '../../components/form/TextArea.js';
import { VersionedFormFrame } from '../../components/form/VersionedFormFrame.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds } from '../../forms/use-form.js';
import { useVersionedForm } from '../../forms/use-versioned-form.js';
import type { VersionedRecord } from '../../forms/versioned-edit.js';

const STAGES = ['1', '2', '3', '4'] as const;
const proposalValueSchema = z.object({ stage: z.enum(['', ...STAGES]), text: z.string() });
type ProposalValue = z.infer<typeof proposalValueSchema>;

const ids = fieldIds('own-proposal', ['stage', 'comment']);

function proposalRecord(proposal: ProposalView | undefined): VersionedRecord<ProposalValue> {
  if (!proposal) return { version: null, value: { stage: '', text: '' }, stamp: null };
  return {
    version: proposal.version,
    value: { stage: `${proposal.stage}` as ProposalValue['stage'], text: proposal.comment },
    stamp: { version: proposal.version, updatedAt: proposal.updatedAt, updatedBy: proposal.person },
  };
}

/** The person's own proposed stage for the sub-domain, with their comment. */
export function ProposalForm({
  assessmentId,
  subDomainKey,
  own,
  stageTitle,
  onChanged,
}: {
  assessmentId: string;
  subDomainKey: string;
  own: ProposalView | undefined;
  stageTitle: (stage: number) => string;
  /** The record changed on the server: read the page again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const draftKey = useDraftKey(assessmentId, `proposal:${subDomainKey}`);
  const editor = useVersionedForm({
    record: proposalRecord(own),
    draftKey,
    valueSchema: proposalValueSchema,
    same: (a, b) => a.stage === b.stage && a.text === b.text,
    schema: putProposalSchema,
    ids,
    messages: () => ({ stage: t('validation.proposalStage'), comment: t('validation.longText') }),
    bodyOf: (version, value) => ({
      version,
      stage: Number(value.stage) as 1 | 2 | 3 | 4,
      comment: value.text,
    }),
    send: async (body) =>
      proposalRecord(await workspaceApi.putProposal(assessmentId, subDomainKey, body)),
    onChanged,
    currentOf: (error) => {
      const current = currentFromConflict(error, proposalViewSchema);
      return current && proposalRecord(current);
    },
  });
  const stageWord = (stage: ProposalValue['stage']) =>
    stage === ''
      ? t('proposals.none')
      : t('result.stage', { stage: Number(stage), title: stageTitle(Number(stage)) });

  return (
    <VersionedFormFrame
      editor={editor}
      ids={ids}
      label={t('proposals.formLabel')}
      textLabel={t('proposals.comment')}
      details={(value) => [{ label: t('proposals.stage'), value: stageWord(value.stage) }]}
      editorId={ids.comment}
      submitLabel={t('proposals.save')}
    >
      <ChoiceGroup
        id={ids.stage}
        type="radio"
        legend={t('proposals.stage')}
        choices={STAGES.map((stage) => ({ value: stage, label: stageWord(stage) }))}
        selected={[editor.value.stage]}
        onToggle={(stage) => editor.change({ stage: stage as ProposalValue['stage'] })}
        error={fieldError(editor.errors, 'stage')}
      />
      <TextArea
        id={ids.comment}
        label={t('proposals.comment')}
        hint={t('proposals.commentHint')}
        value={editor.value.text}
        onValueChange={editor.changeText}
        error={fieldError(editor.errors, 'comment')}
      />
    </VersionedFormFrame>
  );
}
