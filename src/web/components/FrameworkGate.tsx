import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../domain/framework/index.js';
import { useFramework } from '../framework/use-framework.js';
import { ErrorAlert } from './ErrorAlert.js';
import { LoadingStatus } from './LoadingStatus.js';

/**
 * Loads a framework (its latest version, or `version`) and shows its page once it is there, or
 * says why it is not.
 */
export function FrameworkGate({
  frameworkKey,
  version,
  children,
}: {
  frameworkKey: string;
  version?: string;
  children: (framework: FrameworkView) => ReactNode;
}) {
  const { t } = useTranslation();
  const framework = useFramework(frameworkKey, version);
  if (framework.status === 'loading')
    return <LoadingStatus message={t('status.loadingFramework')} />;
  if (framework.status === 'error') {
    return (
      <ErrorAlert
        heading={t('errors.frameworkUnavailable')}
        error={framework.error}
        onRetry={framework.retry}
      />
    );
  }
  return children(framework.data);
}
