import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { assessmentPath } from '../../assessments/paths.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useStageTitles } from '../../framework/use-stage-titles.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { CapabilityChart } from './CapabilityChart.js';
import { EnablerNotes } from './EnablerNotes.js';
import { useFrameworkNames } from './framework-names.js';
import { HeatMap } from './HeatMap.js';
import { InterdependencyList } from './InterdependencyList.js';
import { StrengthsAndGaps } from './StrengthsAndGaps.js';
import { SummaryParagraph } from './SummaryParagraph.js';

/** The results summary as a page that also prints as a report. */
export function ResultsView({
  summary,
  framework,
}: {
  summary: ResultsSummary;
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  const stageTitle = useStageTitles(framework);
  const names = useFrameworkNames(framework);
  const { assessment } = summary;
  return (
    <div className="results">
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: summary.organisationName, to: organisationPath(assessment.organisationId) },
          { label: assessment.title, to: assessmentPath(assessment.id) },
        ]}
        current={t('results.title')}
      />
      <div className="page-intro">
        <p className="eyebrow">
          {t('results.eyebrow', {
            organisation: summary.organisationName,
            assessment: assessment.title,
          })}
        </p>
        <h1>{t('results.title')}</h1>
        <p className="page-intro__meta">
          {t('assessment.periodRange', {
            start: formatDate(assessment.periodStart),
            end: formatDate(assessment.periodEnd),
          })}{' '}
          <span className={`state-tag state-tag--${assessment.state}`}>
            {t(`assessmentState.${assessment.state}`)}
          </span>
        </p>
        <div className="results__actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('results.print')}
          </button>
        </div>
      </div>
      <SummaryParagraph summary={summary} />
      <CapabilityChart summary={summary} names={names} stageTitle={stageTitle} />
      <HeatMap summary={summary} names={names} stageTitle={stageTitle} />
      <StrengthsAndGaps summary={summary} names={names} stageTitle={stageTitle} />
      <InterdependencyList summary={summary} names={names} />
      <section className="section panel results__section" aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">{t('results.warningsHeading')}</h2>
        <p>
          {summary.warnings.total === 0
            ? t('results.warningsNone')
            : t('results.warningsSummary', {
                total: summary.warnings.total,
                subDomains: summary.warnings.subDomains,
                above: summary.warnings.agreedAboveSuggestion,
                unmet: summary.warnings.unmetAtOrBelowAgreed,
                next: summary.warnings.nextStageMet,
              })}
        </p>
      </section>
      <EnablerNotes enablers={summary.enablers} framework={framework} />
    </div>
  );
}
