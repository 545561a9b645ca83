import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useCountryName } from '../../organisations/use-country-name.js';
import { useProfileLabels } from '../../organisations/use-profile-labels.js';

export function OrganisationFacts({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const labels = useProfileLabels();
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{countryName(organisation.countryCode)}</dd>
        </div>
        <div>
          <dt>{t('fields.region')}</dt>
          <dd>{labels.region(organisation.region)}</dd>
        </div>
        <div>
          <dt>{t('fields.incomeGroup')}</dt>
          <dd>{labels.incomeGroup(organisation.incomeGroup)}</dd>
        </div>
        <div>
          <dt>{t('fields.governmentSystem')}</dt>
          <dd>{labels.governmentSystem(organisation.governmentSystem)}</dd>
        </div>
      </dl>
      {organisation.parentId && <p className="hint">{t('organisation.inheritedProfile')}</p>}
    </>
  );
}
