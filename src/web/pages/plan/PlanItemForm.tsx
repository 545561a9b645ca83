import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  planItemFieldsSchema,
  planItemViewSchema,
  type PlanItemView,
} from '../../../domain/plan/plan.schemas.js';
import { currentFromConflict } from '../../api/conflict.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextArea } from '../../components/form/TextArea.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { planApi } from '../../plan/plan.api.js';
import type { PlanWords } from '../../plan/use-plan-words.js';
import { draftOf, fieldsOf, PLAN_ITEM_FIELDS, type PlanItemDraft } from './plan-item-draft.js';
import { PlanItemConflict } from './PlanItemConflict.js';
import { usePlanLabels } from './use-plan-labels.js';

const ids = fieldIds('plan-item', PLAN_ITEM_FIELDS);

/**
 * Adds an action or changes one, based on the version the person opened. If someone saved the
 * item in the meantime, nothing is overwritten: both versions are shown and the person chooses.
 */
export function PlanItemForm({
  assessmentId,
  words,
  initial,
  item,
  fromSuggestion = null,
  onDone,
  onChanged,
}: {
  assessmentId: string;
  words: PlanWords;
  initial: PlanItemDraft;
  /** The item being changed; absent when adding one. */
  item?: PlanItemView | undefined;
  fromSuggestion?: string | null;
  onDone: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const [draft, setDraft] = useState(initial);
  const [conflict, setConflict] = useState<PlanItemView>();
  const [baseVersion, setBaseVersion] = useState(item?.stamp.version ?? 1);
  const change = (patch: Partial<PlanItemDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const form = useForm({
    schema: planItemFieldsSchema,
    ids,
    messages: {
      title: t('plan.validation.title'),
      startDate: t('plan.validation.date'),
      targetDate: t('plan.validation.date'),
    },
    onValid: async (fields) => {
      try {
        if (item) await planApi.update(assessmentId, item.id, { ...fields, version: baseVersion });
        else await planApi.create(assessmentId, { ...fields, fromSuggestion });
      } catch (error) {
        const current = currentFromConflict(error, planItemViewSchema);
        if (!current) throw error;
        setConflict(current);
        return;
      }
      onChanged();
      onDone();
    },
  });
  const save = () => void form.submit(fieldsOf(draft));

  if (conflict) {
    return (
      <PlanItemConflict
        theirs={conflict}
        yours={draft}
        words={words}
        onKeepYours={() => {
          setConflict(undefined);
          setBaseVersion(conflict.stamp.version);
        }}
        onUseTheirs={() => {
          setConflict(undefined);
          setBaseVersion(conflict.stamp.version);
          setDraft(draftOf(conflict));
        }}
      />
    );
  }

  const indicators = words.indicatorsOf(draft.subDomainKey);
  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={item ? t('plan.form.editLabel', { title: item.title }) : t('plan.form.newLabel')}
      onSubmit={save}
    >
      <h3>{item ? t('plan.form.editHeading') : t('plan.form.newHeading')}</h3>
      <TextField
        id={ids.title}
        label={t('plan.fields.title')}
        autoFocus
        value={draft.title}
        onValueChange={(title) => change({ title })}
        error={fieldError(form.errors, 'title')}
      />
      <SelectField
        id={ids.subDomainKey}
        label={t('plan.fields.subDomain')}
        value={draft.subDomainKey}
        options={words.subDomains.map((subDomain) => ({
          value: subDomain.key,
          label: subDomain.title,
        }))}
        onValueChange={(subDomainKey) => change({ subDomainKey, indicatorKeys: [] })}
        error={fieldError(form.errors, 'subDomainKey')}
      />
      <ChoiceGroup
        id={ids.indicatorKeys}
        type="checkbox"
        legend={t('plan.fields.indicators')}
        hint={t('plan.form.indicatorsHint')}
        choices={indicators.map((indicator) => ({
          value: indicator.key,
          label: `${indicator.key} ${indicator.text}`,
        }))}
        selected={draft.indicatorKeys}
        onToggle={(key) =>
          change({
            indicatorKeys: draft.indicatorKeys.includes(key)
              ? draft.indicatorKeys.filter((candidate) => candidate !== key)
              : [...draft.indicatorKeys, key],
          })
        }
        error={fieldError(form.errors, 'indicatorKeys')}
      />
      <SelectField
        id={ids.targetStage}
        label={t('plan.fields.targetStage')}
        value={draft.targetStage}
        options={[
          { value: '', label: t('plan.form.noTargetStage') },
          ...[1, 2, 3, 4].map((stage) => ({
            value: String(stage),
            label: t('stage.number', { number: stage }),
          })),
        ]}
        onValueChange={(targetStage) => change({ targetStage })}
      />
      <TextField
        id={ids.ownerBody}
        label={t('plan.fields.ownerBody')}
        autoComplete="organization"
        value={draft.ownerBody}
        onValueChange={(ownerBody) => change({ ownerBody })}
        error={fieldError(form.errors, 'ownerBody')}
      />
      <TextField
        id={ids.contact}
        label={t('plan.fields.contact')}
        hint={t('plan.form.contactHint')}
        value={draft.contact}
        onValueChange={(contact) => change({ contact })}
        error={fieldError(form.errors, 'contact')}
      />
      <SelectField
        id={ids.priority}
        label={t('plan.fields.priority')}
        value={draft.priority}
        options={labels.priorityOptions}
        onValueChange={(priority) => change({ priority: priority as PlanItemDraft['priority'] })}
      />
      <SelectField
        id={ids.status}
        label={t('plan.fields.status')}
        value={draft.status}
        options={labels.statusOptions}
        onValueChange={(status) => change({ status: status as PlanItemDraft['status'] })}
      />
      <TextField
        id={ids.startDate}
        type="date"
        label={t('plan.fields.startDate')}
        value={draft.startDate}
        onValueChange={(startDate) => change({ startDate })}
        error={fieldError(form.errors, 'startDate')}
      />
      <TextField
        id={ids.targetDate}
        type="date"
        label={t('plan.fields.targetDate')}
        value={draft.targetDate}
        onValueChange={(targetDate) => change({ targetDate })}
        error={fieldError(form.errors, 'targetDate')}
      />
      <TextArea
        id={ids.description}
        label={t('plan.fields.description')}
        value={draft.description}
        onValueChange={(description) => change({ description })}
        error={fieldError(form.errors, 'description')}
      />
      <TextArea
        id={ids.resourcesNote}
        label={t('plan.fields.resourcesNote')}
        hint={t('plan.form.resourcesHint')}
        value={draft.resourcesNote}
        onValueChange={(resourcesNote) => change({ resourcesNote })}
        error={fieldError(form.errors, 'resourcesNote')}
      />
      <div className="actions">
        <SubmitButton busy={form.busy}>
          {item ? t('plan.form.saveChanges') : t('plan.form.add')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('actions.cancel')}
        </button>
      </div>
    </Form>
  );
}
