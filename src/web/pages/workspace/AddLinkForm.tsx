import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEvidenceLinkSchema } from '../../../domain/assessment/api/index.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';

/** A web page as evidence for an indicator: its address, and a label to show instead of it. */
export function AddLinkForm({
  assessmentId,
  indicatorKey,
  onAdded,
  onCancel,
}: {
  assessmentId: string;
  indicatorKey: string;
  onAdded: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ids = useMemo(() => fieldIds(`link-${indicatorKey}`, ['url', 'label']), [indicatorKey]);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const form = useForm({
    schema: addEvidenceLinkSchema,
    ids,
    messages: { url: t('validation.url'), label: t('validation.linkLabel') },
    onValid: async (link) => {
      await workspaceApi.addLink(assessmentId, indicatorKey, link);
      setUrl('');
      setLabel('');
      onAdded();
    },
  });
  const forKey = (
    <span className="visually-hidden"> {t('rating.forIndicator', { key: indicatorKey })}</span>
  );
  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('evidence.addLinkLabel', { key: indicatorKey })}
      onSubmit={() => void form.submit({ url, label })}
    >
      <div className="inline-form">
        <TextField
          id={ids.url}
          label={t('evidence.url')}
          type="url"
          inputMode="url"
          spellCheck={false}
          autoFocus
          value={url}
          onValueChange={setUrl}
          error={fieldError(form.errors, 'url')}
        />
        <TextField
          id={ids.label}
          label={t('evidence.linkLabel')}
          value={label}
          onValueChange={setLabel}
          error={fieldError(form.errors, 'label')}
        />
      </div>
      <div className="actions">
        <SubmitButton busy={form.busy} className="button button--small">
          {t('evidence.addLink')}
          {forKey}
        </SubmitButton>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </Form>
  );
}
