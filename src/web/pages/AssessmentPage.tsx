import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAssessmentOverview } from '../assessments/use-assessment-overview.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FrameworkGate } from '../components/FrameworkGate.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { AssessmentOverviewView } from './assessment/AssessmentOverviewView.js';

export function AssessmentPage() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams();
  const overview = useAssessmentOverview(assessmentId);
  useDocumentTitle(overview.status === 'ready' ? overview.data.assessment.title : undefined);

  if (overview.status === 'loading') {
    return <LoadingStatus message={t('status.loadingAssessment')} />;
  }
  if (overview.status === 'error') {
    return (
      <ErrorAlert
        heading={t('errors.assessmentUnavailable')}
        error={overview.error}
        onRetry={overview.reload}
      />
    );
  }
  const { assessment } = overview.data;
  return (
    <FrameworkGate frameworkKey={assessment.frameworkKey} version={assessment.frameworkVersion}>
      {(framework) => (
        <AssessmentOverviewView
          overview={overview.data}
          framework={framework}
          onChanged={overview.reload}
        />
      )}
    </FrameworkGate>
  );
}
