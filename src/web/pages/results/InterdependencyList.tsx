import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';
import type { FrameworkNames } from './framework-names.js';

/** Sub-domains agreed well ahead of one they rely on: imbalances worth a second look. */
export function InterdependencyList({
  summary,
  names,
}: {
  summary: ResultsSummary;
  names: FrameworkNames;
}) {
  const { t } = useTranslation();
  return (
    <section className="section panel results__section" aria-labelledby="flags-heading">
      <h2 id="flags-heading">{t('results.flagsHeading')}</h2>
      <p>{t('results.flagsIntro')}</p>
      {summary.interdependencyFlags.length === 0 ? (
        <p>{t('results.flagsNone')}</p>
      ) : (
        <ul className="results__list">
          {summary.interdependencyFlags.map((flag) => (
            <li key={`${flag.subDomain}-${flag.dependsOn}`}>
              {t('results.flag', {
                subDomain: names.subDomain(flag.subDomain),
                stage: flag.stage,
                dependsOn: names.subDomain(flag.dependsOn),
                dependencyStage: flag.dependencyStage,
                gap: flag.gap,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
