import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { FrameworkSummary } from '../../domain/framework/index.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { DEFAULT_FRAMEWORK_KEY, frameworkPath } from '../framework/paths.js';
import { useFrameworkList } from '../framework/use-framework.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { homePath } from '../session/home-path.js';
import { useSession } from '../session/use-session.js';

function defaultFramework(frameworks: FrameworkSummary[]): FrameworkSummary | undefined {
  return frameworks.find((framework) => framework.key === DEFAULT_FRAMEWORK_KEY) ?? frameworks[0];
}

/**
 * The start address: where a signed-in person's work is (their organisations, or the
 * submissions for the secretariat team), or the default framework for a visitor.
 */
export function HomeRedirectPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'loading') return <LoadingStatus message={t('status.loadingSession')} />;
  if (state.status === 'ready' && state.data.user) {
    return <Navigate replace to={homePath(state.data.user)} />;
  }
  return <DefaultFrameworkRedirect />;
}

function DefaultFrameworkRedirect() {
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
