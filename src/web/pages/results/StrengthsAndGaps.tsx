import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';
import type { FrameworkNames } from './framework-names.js';

/** What the country does well (stage 3–4) and where it falls short, with the indicators behind it. */
export function StrengthsAndGaps({
  summary,
  names,
  stageTitle,
}: {
  summary: ResultsSummary;
  names: FrameworkNames;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const label = (key: string) =>
    t('results.subDomainLabel', {
      number: names.subDomainNumber(key) ?? 0,
      title: names.subDomain(key),
    });
  return (
    <div className="results__pair">
      <section className="section panel results__section" aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">{t('results.strengthsHeading')}</h2>
        <p>{t('results.strengthsRule')}</p>
        {summary.strengths.length === 0 ? (
          <p>{t('results.strengthsNone')}</p>
        ) : (
          <ul className="results__list">
            {summary.strengths.map((strength) => (
              <li key={strength.subDomain}>
                {t('results.atStage', {
                  subDomain: label(strength.subDomain),
                  stage: strength.stage,
                  title: stageTitle(strength.stage),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section panel results__section" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t('results.gapsHeading')}</h2>
        <p>{t('results.gapsRule')}</p>
        {summary.gaps.length === 0 ? (
          <p>{t('results.gapsNone')}</p>
        ) : (
          <ul className="results__list">
            {summary.gaps.map((gap) => (
              <li key={gap.subDomain}>
                {t('results.atStage', {
                  subDomain: label(gap.subDomain),
                  stage: gap.stage,
                  title: stageTitle(gap.stage),
                })}
                {gap.reasons.includes('lowest-stage') && (
                  <span className="tag">{t('results.gapLowest')}</span>
                )}
                {gap.unmet.length > 0 && (
                  <>
                    <p className="results__detail">
                      {t('results.gapUnmet', { count: gap.unmet.length })}
                    </p>
                    <ul>
                      {gap.unmet.map((unmet) => (
                        <li key={unmet.indicator}>
                          {t('results.unmetIndicator', {
                            stage: unmet.stage,
                            text: names.indicator(unmet.indicator),
                            rating: t(`results.rating.${unmet.rating}`),
                          })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
