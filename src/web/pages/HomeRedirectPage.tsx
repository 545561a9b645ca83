import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { FrameworkSummary } from '../../domain/framework/index.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { frameworkPath } from '../framework/paths.js';
import { useFrameworkList } from '../framework/use-framework.js';
import { useDocumentTitle } from '../layout/use-document-title.js';

/** The Model National Response framework is the default; other frameworks are imported ones. */
const DEFAULT_FRAMEWORK_KEY = 'mnr';

function defaultFramework(frameworks: FrameworkSummary[]): FrameworkSummary | undefined {
  return frameworks.find((framework) => framework.key === DEFAULT_FRAMEWORK_KEY) ?? frameworks[0];
}

/** The start address opens the default framework. */
export function HomeRedirectPage() {
  const { t } = useTranslation();
  const frameworks = useFrameworkList();
  useDocumentTitle(undefined);

  if (frameworks.status === 'loading') {
    return <LoadingStatus message={t('status.loadingFrameworks')} />;
  }
  if (frameworks.status === 'error') {
    return (
      <ErrorAlert
        heading={t('errors.frameworksUnavailable')}
        error={frameworks.error}
        onRetry={frameworks.retry}
      />
    );
  }
  const framework = defaultFramework(frameworks.data);
  if (!framework) {
    return (
      <>
        <h1>{t('app.name')}</h1>
        <p>{t('errors.noFrameworks')}</p>
      </>
    );
  }
  return <Navigate replace to={frameworkPath(framework.key)} />;
}
