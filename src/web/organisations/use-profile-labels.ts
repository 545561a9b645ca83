import { useTranslation } from 'react-i18next';
import type { GovernmentSystem, IncomeGroup, Region } from '../../domain/organisations/index.js';

/** An organisation's region, income group and system as words ("Not recorded" when unset). */
export function useProfileLabels() {
  const { t } = useTranslation();
  return {
    region: (region: Region | null) =>
      region ? t(`reference.region.${region}`) : t('reference.notRecorded'),
    incomeGroup: (group: IncomeGroup | null) =>
      group ? t(`reference.income.${group}`) : t('reference.notRecorded'),
    governmentSystem: (system: GovernmentSystem) => t(`reference.system.${system}.name`),
  };
}
