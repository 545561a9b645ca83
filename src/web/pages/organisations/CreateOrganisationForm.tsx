import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createOrganisationSchema } from '../../../domain/organisations/index.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { noticeState } from '../../layout/FlashNotice.js';
import { countryClassification } from '../../organisations/classification.api.js';
import { organisationsApi, type Country } from '../../organisations/organisations.api.js';
import { organisationPath } from '../../organisations/paths.js';
import { ProfileFields, profileForApi, type Profile } from './ProfileFields.js';

const ids = fieldIds('create-organisation', [
  'name',
  'countryCode',
  'region',
  'incomeGroup',
  'governmentSystem',
  'subRegion',
]);

export function CreateOrganisationForm({ countries }: { countries: readonly Country[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const [profile, setProfile] = useState<Profile>({
    region: '',
    incomeGroup: '',
    governmentSystem: '',
  });
  const [subRegion, setSubRegion] = useState('');
  const [prefilledFrom, setPrefilledFrom] = useState<string | null>(null);
  // Reference data prefills the classification; the admin checks it, and saving confirms it.
  // Only the answer for the country chosen last may prefill, whatever order answers arrive in.
  const latestCountry = useRef('');
  const chooseCountry = (code: string) => {
    setCountryCode(code);
    setPrefilledFrom(null);
    latestCountry.current = code;
    if (!code) return;
    countryClassification(code).then(
      (classification) => {
        if (latestCountry.current !== code) return;
        setProfile((current) => ({
          ...current,
          region: classification.region ?? '',
          incomeGroup: classification.incomeGroup ?? '',
        }));
        setSubRegion(classification.subRegion ?? '');
        setPrefilledFrom(classification.source);
      },
      () => setPrefilledFrom(null),
    );
  };
  const form = useForm({
    schema: createOrganisationSchema,
    ids,
    messages: {
      name: t('validation.organisationName'),
      countryCode: t('validation.country'),
      region: t('validation.region'),
      incomeGroup: t('validation.incomeGroup'),
      governmentSystem: t('validation.governmentSystem'),
    },
    onValid: async (input) => {
      const created = await organisationsApi.create(input);
      const notice = t('createOrganisation.done', { organisation: created.name });
      void navigate(organisationPath(created.id), { state: noticeState(notice) });
    },
  });
  const countryOptions = [
    { value: '', label: t('createOrganisation.chooseCountry') },
    ...countries.map((country) => ({ value: country.code, label: country.name })),
  ];

  return (
    <Form
      errors={form.errors}
      ids={ids}
      onSubmit={() =>
        void form.submit({
          kind: 'national',
          name,
          countryCode,
          ...profileForApi(profile),
          subRegion: subRegion || null,
        })
      }
    >
      <TextField
        id={ids.name}
        label={t('fields.organisationName')}
        hint={t('fields.organisationNameHint')}
        autoComplete="organization"
        value={name}
        onValueChange={setName}
        error={fieldError(form.errors, 'name')}
      />
      <SelectField
        id={ids.countryCode}
        label={t('fields.country')}
        value={countryCode}
        options={countryOptions}
        onValueChange={chooseCountry}
        error={fieldError(form.errors, 'countryCode')}
      />
      {prefilledFrom && (
        <p className="notice" role="status">
          {t('classification.prefilled', { source: prefilledFrom })}
        </p>
      )}
      <ProfileFields ids={ids} profile={profile} onChange={setProfile} errors={form.errors} />
      <TextField
        id={ids.subRegion}
        label={t('classification.subRegion')}
        hint={t('classification.subRegionHint')}
        value={subRegion}
        onValueChange={setSubRegion}
        error={fieldError(form.errors, 'subRegion')}
      />
      <SubmitButton busy={form.busy}>{t('createOrganisation.submit')}</SubmitButton>
    </Form>
  );
}
