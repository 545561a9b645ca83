import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resultsPath } from './results.api.js';

/** Where the assessment overview leads on to the results summary. */
export function ResultsLink({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="results-link-heading">
      <h2 id="results-link-heading">{t('results.title')}</h2>
      <p>{t('results.linkIntro')}</p>
      <p>
        <Link to={resultsPath(assessmentId)}>{t('results.link')}</Link>
      </p>
    </section>
  );
}
