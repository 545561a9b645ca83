import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createAssessmentSchema,
  type AssessmentSummary,
} from '../../../domain/assessment/api/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { assessmentPath } from '../../assessments/paths.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { DEFAULT_FRAMEWORK_KEY } from '../../framework/paths.js';
import { useFrameworkList } from '../../framework/use-framework.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { useLocalize } from '../../i18n/use-localize.js';

const ids = fieldIds('start-assessment', [
  'title',
  'periodStart',
  'periodEnd',
  'leadBody',
  'frameworkKey',
  'copyFromId',
]);

/**
 * Starts an assessment (leads), or the next cycle from a finalised one (`copyFrom`), whose
 * ratings, evidence, agreed stages and enabler notes it starts with. The period's dates are
 * kept as the date inputs give them (YYYY-MM-DD), so no time zone ever shifts them.
 */
export function StartAssessmentForm({
  organisation,
  copyFrom,
  onCancel,
}: {
  organisation: OrganisationView;
  copyFrom: AssessmentSummary | undefined;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const navigate = useNavigate();
  const frameworks = useFrameworkList();
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [leadBody, setLeadBody] = useState(copyFrom?.leadBody ?? organisation.name);
  const [frameworkKey, setFrameworkKey] = useState(copyFrom?.frameworkKey ?? DEFAULT_FRAMEWORK_KEY);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const form = useForm({
    schema: createAssessmentSchema,
    ids,
    messages: {
      title: t('validation.assessmentTitle'),
      periodStart: t('validation.periodStart'),
      periodEnd: t('validation.periodEnd'),
      leadBody: t('validation.leadBody'),
      frameworkKey: t('validation.frameworkKey'),
    },
    onValid: async (input) => {
      const created = await assessmentsApi.create(organisation.id, input);
      void navigate(assessmentPath(created.id));
    },
  });

  const keys = frameworks.status === 'ready' ? frameworks.data : [];
  const options = [...new Map(keys.map((framework) => [framework.key, framework])).values()].map(
    (framework) => ({ value: framework.key, label: localize(framework.title) }),
  );

  return (
    <div className="subsection start-assessment">
      <h3 tabIndex={-1} ref={heading}>
        {copyFrom
          ? t('assessments.nextCycleHeading', { title: copyFrom.title })
          : t('assessments.startHeading')}
      </h3>
      {copyFrom && <p>{t('assessments.nextCycleIntro')}</p>}
      <Form
        errors={form.errors}
        ids={ids}
        label={copyFrom ? t('assessments.nextCycle') : t('assessments.start')}
        onSubmit={() =>
          void form.submit({
            title,
            periodStart,
            periodEnd,
            leadBody,
            frameworkKey,
            ...(copyFrom ? { copyFromId: copyFrom.id } : {}),
          })
        }
      >
        <TextField
          id={ids.title}
          label={t('assessments.title')}
          hint={t('assessments.titleHint')}
          value={title}
          onValueChange={setTitle}
          error={fieldError(form.errors, 'title')}
        />
        <div className="date-pair">
          <TextField
            id={ids.periodStart}
            label={t('assessments.periodStart')}
            type="date"
            value={periodStart}
            onValueChange={setPeriodStart}
            error={fieldError(form.errors, 'periodStart')}
          />
          <TextField
            id={ids.periodEnd}
            label={t('assessments.periodEnd')}
            type="date"
            min={periodStart || undefined}
            value={periodEnd}
            onValueChange={setPeriodEnd}
            error={fieldError(form.errors, 'periodEnd')}
          />
        </div>
        <TextField
          id={ids.leadBody}
          label={t('assessment.leadBody')}
          value={leadBody}
          onValueChange={setLeadBody}
          error={fieldError(form.errors, 'leadBody')}
        />
        {!copyFrom && (
          <SelectField
            id={ids.frameworkKey}
            label={t('assessment.framework')}
            hint={t('assessments.frameworkHint')}
            value={frameworkKey}
            options={options.length > 0 ? options : [{ value: frameworkKey, label: frameworkKey }]}
            onValueChange={setFrameworkKey}
            error={fieldError(form.errors, 'frameworkKey')}
          />
        )}
        <div className="actions">
          <SubmitButton busy={form.busy}>
            {copyFrom ? t('assessments.nextCycle') : t('assessments.start')}
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </div>
      </Form>
    </div>
  );
}
