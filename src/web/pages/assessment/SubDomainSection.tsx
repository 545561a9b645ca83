import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { AssessmentProgress } from '../../../domain/assessment/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { OverallProgress } from './OverallProgress.js';
import { SubDomainRow } from './SubDomainRow.js';

/** The 21 sub-domains grouped by capability, each leading to its workspace. */
export function SubDomainSection({
  overview,
  framework,
  progress,
  stageTitle,
}: {
  overview: AssessmentOverview;
  framework: FrameworkView;
  progress: AssessmentProgress;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const byKey = new Map(overview.subDomains.map((subDomain) => [subDomain.key, subDomain]));
  return (
    <section className="section" aria-labelledby="sub-domains-heading">
      <h2 id="sub-domains-heading">{t('assessment.subDomainsHeading')}</h2>
      <OverallProgress progress={progress} />
      {framework.capabilities.map((capability) => (
        <section
          key={capability.key}
          className="capability-group"
          aria-labelledby={`group-${capability.key}`}
        >
          <h3 id={`group-${capability.key}`}>{localize(capability.title)}</h3>
          <ul className="sub-domain-rows">
            {capability.subDomains.map((subDomain) => {
              const item = byKey.get(subDomain.key);
              return (
                item && (
                  <SubDomainRow
                    key={subDomain.key}
                    assessmentId={overview.assessment.id}
                    subDomain={subDomain}
                    overview={item}
                    stageTitle={stageTitle}
                  />
                )
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
