import { useTranslation } from 'react-i18next';
import { GOVERNMENT_SYSTEMS, INCOME_GROUPS, REGIONS } from '../../domain/organisations/index.js';
import type { Choice } from '../components/form/ChoiceGroup.js';
import type { Option } from '../components/form/SelectField.js';
import { useProfileLabels } from './use-profile-labels.js';

/** The choices for an organisation's profile, labelled in the interface language. */
export function useReferenceOptions() {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  const notRecorded: Option = { value: '', label: t('reference.notRecorded') };
  const regions: Option[] = [
    notRecorded,
    ...REGIONS.map((region) => ({ value: region, label: labels.region(region) })),
  ];
  const incomeGroups: Option[] = [
    notRecorded,
    ...INCOME_GROUPS.map((group) => ({ value: group, label: labels.incomeGroup(group) })),
  ];
  const governmentSystems: Choice[] = GOVERNMENT_SYSTEMS.map((system) => ({
    value: system,
    label: labels.governmentSystem(system),
    hint: t(`reference.system.${system}.hint`),
  }));
  return { regions, incomeGroups, governmentSystems };
}
