import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useResource } from '../../api/use-resource.js';
import { useLiveChanges } from '../../assessments/use-live-changes.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FrameworkGate } from '../../components/FrameworkGate.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { resultsApi } from './results.api.js';
import { ResultsView } from './ResultsView.js';

/** The maturity profile of one assessment, kept current while the group works. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams();
  const load = useCallback(() => resultsApi.summary(assessmentId), [assessmentId]);
  const results = useResource(load);
  useLiveChanges(assessmentId, results.reload);
  useDocumentTitle(
    results.status === 'ready'
      ? t('results.documentTitle', { assessment: results.data.assessment.title })
      : undefined,
  );

  if (results.status === 'loading') return <LoadingStatus message={t('results.loading')} />;
  if (results.status === 'error') {
    return (
      <ErrorAlert
        heading={t('results.unavailable')}
        error={results.error}
        onRetry={results.reload}
      />
    );
  }
  const { assessment } = results.data;
  return (
    <FrameworkGate frameworkKey={assessment.frameworkKey} version={assessment.frameworkVersion}>
      {(framework) => <ResultsView summary={results.data} framework={framework} />}
    </FrameworkGate>
  );
}
