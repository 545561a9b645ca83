import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApiError } from '../api/api-error.js';
import { useAssessmentOverview } from '../assessments/use-assessment-overview.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FrameworkGate } from '../components/FrameworkGate.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { useActionPlan } from '../plan/use-action-plan.js';
import { PlanView } from './plan/PlanView.js';

/** The action plan of an assessment, kept up to date as others change it. */
export function PlanPage() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams();
  const overview = useAssessmentOverview(assessmentId);
  const plan = useActionPlan(assessmentId);
  useDocumentTitle(
    overview.status === 'ready'
      ? t('plan.documentTitle', { title: overview.data.assessment.title })
      : undefined,
  );

  const failure = (error: ApiError, retry: () => void) => (
    <ErrorAlert heading={t('plan.unavailable')} error={error} onRetry={retry} />
  );
  if (overview.status === 'error') return failure(overview.error, overview.reload);
  if (plan.status === 'error') return failure(plan.error, plan.reload);
  if (overview.status === 'loading' || plan.status === 'loading') {
    return <LoadingStatus message={t('plan.loading')} />;
  }
  const { assessment } = overview.data;
  return (
    <FrameworkGate frameworkKey={assessment.frameworkKey} version={assessment.frameworkVersion}>
      {(framework) => (
        <PlanView
          overview={overview.data}
          plan={plan.data}
          framework={framework}
          onChanged={plan.reload}
        />
      )}
    </FrameworkGate>
  );
}
