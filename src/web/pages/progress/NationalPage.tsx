import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FrameworkGate } from '../../components/FrameworkGate.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { DEFAULT_FRAMEWORK_KEY } from '../../framework/paths.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { NationalView } from './NationalView.js';
import { progressApi } from './progress.api.js';

/** A federal country's picture across its jurisdictions. */
export function NationalPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const load = useCallback(
    () =>
      Promise.all([organisationsApi.get(organisationId), progressApi.nationalView(organisationId)]),
    [organisationId],
  );
  const loaded = useResource(load);
  useDocumentTitle(
    loaded.status === 'ready'
      ? t('national.documentTitle', { organisation: loaded.data[0].name })
      : undefined,
  );
  if (loaded.status === 'loading') return <LoadingStatus message={t('national.loading')} />;
  if (loaded.status === 'error') {
    return (
      <ErrorAlert
        heading={t('national.unavailable')}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    );
  }
  const [organisation, view] = loaded.data;
  return (
    <FrameworkGate frameworkKey={DEFAULT_FRAMEWORK_KEY}>
      {(framework) => (
        <NationalView organisation={organisation} view={view} framework={framework} />
      )}
    </FrameworkGate>
  );
}
