import { useTranslation } from 'react-i18next';
import type { CycleComparisonView } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { useFrameworkNames } from '../results/framework-names.js';
import { ChangeTable } from './ChangeTable.js';
import { PlanOutcomeSection } from './PlanOutcomeSection.js';
import { progressPath } from './progress.api.js';

export function CompareView({
  organisation,
  comparison,
  framework,
}: {
  organisation: OrganisationView;
  comparison: CycleComparisonView;
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const names = useFrameworkNames(framework);
  const { earlier, later } = comparison;
  const summaryOf = (summary: CycleComparisonView['subDomainSummary']) =>
    t('comparison.summary', {
      improved: summary.improved,
      unchanged: summary.unchanged,
      declined: summary.declined,
      notComparable: summary.notComparable,
    });
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: organisation.name, to: organisationPath(organisation.id) },
          { label: t('progress.title'), to: progressPath(organisation.id) },
        ]}
        current={t('comparison.title')}
      />
      <div className="page-intro">
        <p className="eyebrow">{organisation.name}</p>
        <h1>{t('comparison.heading', { earlier: earlier.title, later: later.title })}</h1>
      </div>
      <section className="section panel" aria-labelledby="capability-changes-heading">
        <h2 id="capability-changes-heading">{t('comparison.capabilitiesHeading')}</h2>
        <p>{summaryOf(comparison.capabilitySummary)}</p>
        <ChangeTable
          caption={t('comparison.capabilitiesCaption')}
          keyHeading={t('results.capability')}
          changes={comparison.capabilities}
          name={names.capability}
          earlier={earlier.title}
          later={later.title}
        />
      </section>
      <section className="section panel" aria-labelledby="sub-domain-changes-heading">
        <h2 id="sub-domain-changes-heading">{t('comparison.subDomainsHeading')}</h2>
        <p>{summaryOf(comparison.subDomainSummary)}</p>
        <ChangeTable
          caption={t('comparison.subDomainsCaption')}
          keyHeading={t('results.subDomain')}
          changes={comparison.subDomains}
          name={(key) =>
            t('results.subDomainLabel', {
              number: names.subDomainNumber(key) ?? 0,
              title: names.subDomain(key),
            })
          }
          earlier={earlier.title}
          later={later.title}
        />
      </section>
      <PlanOutcomeSection plan={comparison.plan} earlier={earlier.title} names={names} />
    </>
  );
}
