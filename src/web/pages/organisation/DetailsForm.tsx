import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  organisationViewSchema,
  updateOrganisationSchema,
  type OrganisationView,
} from '../../../domain/organisations/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { ProfileFields, profileForApi, type Profile } from '../organisations/ProfileFields.js';
import { EditConflict, type DetailsDraft } from './EditConflict.js';

const ids = fieldIds('organisation-details', ['name', 'region', 'incomeGroup', 'governmentSystem']);

function profileOf(organisation: OrganisationView): Profile {
  return {
    region: organisation.region ?? '',
    incomeGroup: organisation.incomeGroup ?? '',
    governmentSystem: organisation.governmentSystem,
  };
}

/**
 * Changes the details, based on the version the person opened. If someone else saved in the
 * meantime, nothing is overwritten: both versions are shown and the person chooses.
 */
export function DetailsForm({
  organisation,
  onSaved,
  onCancel,
}: {
  organisation: OrganisationView;
  onSaved: (organisation: OrganisationView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(organisation.name);
  const [profile, setProfile] = useState(() => profileOf(organisation));
  const [conflict, setConflict] = useState<OrganisationView>();
  // The version this edit builds on: the one opened, or theirs once the person chose to save over it.
  const [baseVersion, setBaseVersion] = useState(organisation.version);
  // A jurisdiction's profile is its country's: it is shown, not edited, and sent back unchanged.
  const jurisdiction = organisation.parentId !== null;
  const form = useForm({
    schema: updateOrganisationSchema,
    ids,
    messages: {
      name: t('validation.organisationName'),
      region: t('validation.region'),
      incomeGroup: t('validation.incomeGroup'),
      governmentSystem: t('validation.governmentSystem'),
    },
    onValid: async (input) => {
      try {
        onSaved(await organisationsApi.update(organisation.id, input));
      } catch (error) {
        const current = currentFromConflict(error, organisationViewSchema);
        if (!current) throw error;
        setConflict(current);
      }
    },
  });

  const draft: DetailsDraft = { name, ...profileForApi(profile) };
  const save = (version: number) => void form.submit({ version, ...draft });

  if (conflict) {
    return (
      <EditConflict
        theirs={conflict}
        yours={draft}
        onKeepYours={() => {
          setConflict(undefined);
          setBaseVersion(conflict.version);
          save(conflict.version);
        }}
        onUseTheirs={() => onSaved(conflict)}
      />
    );
  }
  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('organisation.detailsFormLabel')}
      onSubmit={() => save(baseVersion)}
    >
      <TextField
        id={ids.name}
        label={t('fields.organisationName')}
        autoComplete="organization"
        autoFocus
        value={name}
        onValueChange={setName}
        error={fieldError(form.errors, 'name')}
      />
      {jurisdiction ? (
        <p className="hint">{t('organisation.inheritedProfile')}</p>
      ) : (
        <ProfileFields ids={ids} profile={profile} onChange={setProfile} errors={form.errors} />
      )}
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('organisation.saveDetails')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </Form>
  );
}
