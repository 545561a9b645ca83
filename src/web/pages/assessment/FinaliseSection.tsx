import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';

/**
 * The lead's sign-off. It asks first, saying what finalising means: the assessment becomes
 * read-only for everyone, and a new cycle starts from a copy.
 */
export function FinaliseSection({
  overview,
  openItems,
  onFinalised,
}: {
  overview: AssessmentOverview;
  /** Sub-domains and capabilities not agreed yet. */
  openItems: number;
  onFinalised: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const { assessment } = overview;
  return (
    <section className="section panel" aria-labelledby="finalise-heading">
      <h2 id="finalise-heading">{t('finalise.heading')}</h2>
      <p>{t('finalise.intro')}</p>
      {asking ? (
        <ConfirmAction
          question={t('finalise.question', { title: assessment.title })}
          confirmLabel={t('finalise.confirm')}
          onConfirm={async () => {
            await assessmentsApi.finalise(assessment.id, assessment.version);
            onFinalised();
          }}
          onCancel={() => setAsking(false)}
        >
          <p>{t('finalise.consequence')}</p>
          {openItems > 0 && (
            <p className="differs-note">{t('finalise.openItems', { count: openItems })}</p>
          )}
        </ConfirmAction>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('finalise.start')}
        </button>
      )}
    </section>
  );
}
