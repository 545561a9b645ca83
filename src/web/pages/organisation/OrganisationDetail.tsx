import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { useCountryName } from '../../organisations/use-country-name.js';
import { useCurrentUser } from '../../session/use-current-user.js';
import { AssessmentsSection } from './AssessmentsSection.js';
import { ImportAssessmentSection } from '../exports/ImportAssessmentSection.js';
import { ExchangeSection } from '../exchange/ExchangeSection.js';
import { DetailsSection } from './DetailsSection.js';
import { JurisdictionsSection } from './JurisdictionsSection.js';
import { MembersSection } from './MembersSection.js';
import { NextAssessmentDue } from '../progress/NextAssessmentDue.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';

/** One organisation: its details, its jurisdictions (federal countries) and its people. */
export function OrganisationDetail({
  organisation,
  onChanged,
  onReload,
}: {
  organisation: OrganisationView;
  onChanged: (organisation: OrganisationView) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const user = useCurrentUser();
  const membership = user.memberships.find((m) => m.organisationId === organisation.id);
  const country = countryName(organisation.countryCode);
  const federalNational =
    organisation.parentId === null && organisation.governmentSystem === 'federal';
  // Each import adds an assessment; a new key makes the list load again.
  const [imports, setImports] = useState(0);

  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          ...(organisation.parentId
            ? [
                {
                  label: t('organisations.nationalOrganisation'),
                  to: organisationPath(organisation.parentId),
                },
              ]
            : []),
        ]}
        current={organisation.name}
      />
      <div className="page-intro">
        <p className="eyebrow">
          {organisation.parentId
            ? t('organisation.jurisdictionEyebrow', { country })
            : t('organisation.nationalEyebrow', { country })}
        </p>
        <h1>{organisation.name}</h1>
        <p className="page-intro__meta">
          {membership
            ? t('organisations.yourRole', { role: t(`roles.${membership.role}.name`) })
            : t('organisations.notAMember')}
        </p>
      </div>
      <AssessmentsSection key={imports} organisation={organisation} />
      <ImportAssessmentSection
        organisation={organisation}
        onImported={() => setImports((count) => count + 1)}
      />
      {membership && <NextAssessmentDue organisation={organisation} />}
      {membership && <ExchangeSection organisation={organisation} />}
      <DetailsSection organisation={organisation} onSaved={onChanged} />
      {federalNational && <JurisdictionsSection organisation={organisation} onAdded={onReload} />}
      <MembersSection organisation={organisation} onOrganisationChanged={onReload} />
    </>
  );
}
