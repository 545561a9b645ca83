import { useTranslation } from 'react-i18next';
import type { GovernmentSystem, IncomeGroup, Region } from '../../../domain/organisations/index.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { SelectField } from '../../components/form/SelectField.js';
import { fieldError, type FormErrors } from '../../forms/form-errors.js';
import type { FieldIds } from '../../forms/use-form.js';
import { useReferenceOptions } from '../../organisations/reference-options.js';

/** The profile as the form holds it: an empty string is "not recorded". */
export type Profile = {
  region: Region | '';
  incomeGroup: IncomeGroup | '';
  governmentSystem: GovernmentSystem | '';
};

/** The profile as the API takes it; an unanswered system ('') is left for the schema to refuse. */
export function profileForApi(profile: Profile) {
  return {
    region: profile.region || null,
    incomeGroup: profile.incomeGroup || null,
    governmentSystem: profile.governmentSystem as GovernmentSystem,
  };
}

/**
 * Region, income group and government system: what the secretariat's aggregated, anonymised
 * figures are grouped by. Shared by the forms that create and change an organisation.
 */
export function ProfileFields({
  ids,
  profile,
  onChange,
  errors,
}: {
  ids: FieldIds<keyof Profile>;
  profile: Profile;
  onChange: (profile: Profile) => void;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  const options = useReferenceOptions();
  return (
    <>
      <SelectField
        id={ids.region}
        label={t('fields.region')}
        value={profile.region}
        options={options.regions}
        onValueChange={(region) => onChange({ ...profile, region: region as Region })}
        error={fieldError(errors, 'region')}
      />
      <SelectField
        id={ids.incomeGroup}
        label={t('fields.incomeGroup')}
        hint={t('fields.incomeGroupHint')}
        value={profile.incomeGroup}
        options={options.incomeGroups}
        onValueChange={(group) => onChange({ ...profile, incomeGroup: group as IncomeGroup })}
        error={fieldError(errors, 'incomeGroup')}
      />
      <ChoiceGroup
        id={ids.governmentSystem}
        type="radio"
        legend={t('fields.governmentSystem')}
        choices={options.governmentSystems}
        selected={[profile.governmentSystem]}
        onToggle={(system) =>
          onChange({ ...profile, governmentSystem: system as GovernmentSystem })
        }
        error={fieldError(errors, 'governmentSystem')}
      />
    </>
  );
}
