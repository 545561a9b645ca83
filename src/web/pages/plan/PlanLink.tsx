import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPath } from '../../plan/paths.js';

/** Where the assessment overview leads on to the action plan. */
export function PlanLink({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="plan-link-heading">
      <h2 id="plan-link-heading">{t('plan.title')}</h2>
      <p>{t('plan.overviewLinkHint')}</p>
      <p>
        <Link to={planPath(assessmentId)}>{t('plan.overviewLink')}</Link>
      </p>
    </section>
  );
}
