import { useTranslation } from 'react-i18next';
import type { ResultsSummary } from '../../../domain/assessment/api/index.js';

/** The profile in one paragraph, generated from the figures, for readers who skip the charts. */
export function SummaryParagraph({ summary }: { summary: ResultsSummary }) {
  const { t } = useTranslation();
  const totals = summary.subDomainTotals;
  const atStage = (stage: number) =>
    totals.stages.find((entry) => entry.stage === stage)?.count ?? 0;
  const agreed = totals.stages.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <section className="section panel results__section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('results.summaryHeading')}</h2>
      <p className="results__summary">
        {t('results.summary', {
          total: summary.subDomains.length,
          agreed,
          stage1: atStage(1),
          stage2: atStage(2),
          stage3: atStage(3),
          stage4: atStage(4),
          notApplicable: totals.notApplicable,
          notAssessed: totals.notAssessed,
          strengths: summary.strengths.length,
          gaps: summary.gaps.length,
          flags: summary.interdependencyFlags.length,
        })}
      </p>
    </section>
  );
}
