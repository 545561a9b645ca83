import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisationSchema } from '../../../domain/organisations/index.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { useSession } from '../../session/use-session.js';

const ids = fieldIds('add-jurisdiction', ['name']);

export function AddJurisdictionForm({
  parentId,
  onAdded,
}: {
  parentId: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string>();
  const { refresh } = useSession();
  const form = useForm({
    schema: createOrganisationSchema,
    ids,
    messages: { name: t('validation.jurisdictionName') },
    onValid: async (input) => {
      const created = await organisationsApi.create(input);
      setName('');
      setAdded(created.name);
      onAdded();
      // A lead who adds a jurisdiction becomes its first lead.
      await refresh();
    },
  });
  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('jurisdictions.add')}
      onSubmit={() => void form.submit({ kind: 'jurisdiction', name, parentId })}
    >
      {added && (
        <p className="notice" role="status">
          {t('jurisdictions.added', { jurisdiction: added })}
        </p>
      )}
      <TextField
        id={ids.name}
        label={t('fields.jurisdictionName')}
        hint={t('fields.jurisdictionNameHint')}
        value={name}
        onValueChange={setName}
        error={fieldError(form.errors, 'name')}
      />
      <SubmitButton busy={form.busy} className="button button--secondary">
        {t('jurisdictions.add')}
      </SubmitButton>
    </Form>
  );
}
