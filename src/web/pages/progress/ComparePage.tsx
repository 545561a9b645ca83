import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FrameworkGate } from '../../components/FrameworkGate.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { DEFAULT_FRAMEWORK_KEY } from '../../framework/paths.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { CompareView } from './CompareView.js';
import { progressApi } from './progress.api.js';

/** Two cycles side by side: `?earlier=ID&later=ID`. */
export function ComparePage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const [search] = useSearchParams();
  const earlier = search.get('earlier') ?? '';
  const later = search.get('later') ?? '';
  const load = useCallback(
    () =>
      Promise.all([
        organisationsApi.get(organisationId),
        progressApi.comparison(organisationId, earlier, later),
      ]),
    [organisationId, earlier, later],
  );
  const loaded = useResource(load);
  useDocumentTitle(loaded.status === 'ready' ? t('comparison.title') : undefined);
  if (loaded.status === 'loading') return <LoadingStatus message={t('comparison.loading')} />;
  if (loaded.status === 'error') {
    return (
      <ErrorAlert
        heading={t('comparison.unavailable')}
        error={loaded.error}
        onRetry={loaded.reload}
      />
    );
  }
  const [organisation, comparison] = loaded.data;
  return (
    <FrameworkGate frameworkKey={DEFAULT_FRAMEWORK_KEY}>
      {(framework) => (
        <CompareView organisation={organisation} comparison={comparison} framework={framework} />
      )}
    </FrameworkGate>
  );
}
