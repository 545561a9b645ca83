import { useTranslation } from 'react-i18next';
import type { NationalView as NationalViewData } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { assessmentPath } from '../../assessments/paths.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { useFrameworkNames } from '../results/framework-names.js';
import { DistributionTable } from './DistributionTable.js';
import { Link } from 'react-router';

export function NationalView({
  organisation,
  view,
  framework,
}: {
  organisation: OrganisationView;
  view: NationalViewData;
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  const names = useFrameworkNames(framework);
  const counted = view.jurisdictions.filter((jurisdiction) => jurisdiction.assessment).length;
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: organisation.name, to: organisationPath(organisation.id) },
        ]}
        current={t('national.title')}
      />
      <div className="page-intro">
        <p className="eyebrow">{organisation.name}</p>
        <h1>{t('national.title')}</h1>
        <p>{t('national.intro', { counted, total: view.jurisdictions.length })}</p>
      </div>
      <section className="section panel" aria-labelledby="national-jurisdictions-heading">
        <h2 id="national-jurisdictions-heading">{t('national.jurisdictionsHeading')}</h2>
        {view.jurisdictions.length === 0 ? (
          <p>{t('jurisdictions.none')}</p>
        ) : (
          <ul className="results__list">
            {view.jurisdictions.map((jurisdiction) => (
              <li key={jurisdiction.id}>
                {jurisdiction.name}:{' '}
                {jurisdiction.assessment ? (
                  <Link to={assessmentPath(jurisdiction.assessment.id)}>
                    {t('national.usedAssessment', {
                      title: jurisdiction.assessment.title,
                      start: formatDate(jurisdiction.assessment.periodStart),
                      end: formatDate(jurisdiction.assessment.periodEnd),
                    })}
                  </Link>
                ) : (
                  t('national.noFinalised')
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section panel" aria-labelledby="national-capabilities-heading">
        <h2 id="national-capabilities-heading">{t('national.capabilitiesHeading')}</h2>
        <DistributionTable
          caption={t('national.capabilitiesCaption')}
          keyHeading={t('results.capability')}
          rows={view.capabilities}
          name={names.capability}
        />
      </section>
      <section className="section panel" aria-labelledby="national-sub-domains-heading">
        <h2 id="national-sub-domains-heading">{t('national.subDomainsHeading')}</h2>
        <p>{t('national.medianRule')}</p>
        <DistributionTable
          caption={t('national.subDomainsCaption')}
          keyHeading={t('results.subDomain')}
          rows={view.subDomains}
          name={(key) =>
            t('results.subDomainLabel', {
              number: names.subDomainNumber(key) ?? 0,
              title: names.subDomain(key),
            })
          }
        />
      </section>
    </>
  );
}
