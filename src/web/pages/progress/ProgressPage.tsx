import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { progressApi } from './progress.api.js';
import { ProgressView } from './ProgressView.js';

/** Progress over every cycle of an organisation: the trend, the due date and a comparison. */
export function ProgressPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const load = useCallback(
    () => Promise.all([organisationsApi.get(organisationId), progressApi.progress(organisationId)]),
    [organisationId],
  );
  const loaded = useResource(load);
  useDocumentTitle(
    loaded.status === 'ready'
      ? t('progress.documentTitle', { organisation: loaded.data[0].name })
      : undefined,
  );
  if (loaded.status === 'loading') return <LoadingStatus message={t('progress.loading')} />;
  if (loaded.status === 'error') {
    return (
      <ErrorAlert
        heading={t('progress.unavailable')}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    );
  }
  const [organisation, progress] = loaded.data;
  return <ProgressView organisation={organisation} progress={progress} />;
}
