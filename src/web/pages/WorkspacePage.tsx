import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ApiError } from '../api/api-error.js';
import { useWorkspace } from '../assessments/use-workspace.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FrameworkGate } from '../components/FrameworkGate.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { findSubDomain } from '../framework/sub-domain-lookup.js';
import { NotFoundPage } from './NotFoundPage.js';
import { WorkspaceView } from './workspace/WorkspaceView.js';

/** One sub-domain of an assessment: the group's work on it, live as others change it. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const { assessmentId = '', subDomainKey = '' } = useParams();
  const { overview, workspace } = useWorkspace(assessmentId, subDomainKey);

  const failure = (error: ApiError, retry: () => void) => (
    <ErrorAlert heading={t('errors.workspaceUnavailable')} error={error} onRetry={retry} />
  );
  if (overview.status === 'error') return failure(overview.error, overview.reload);
  if (workspace.status === 'error') return failure(workspace.error, workspace.reload);
  if (overview.status === 'loading' || workspace.status === 'loading') {
    return <LoadingStatus message={t('status.loadingWorkspace')} />;
  }
  const { assessment } = overview.data;
  return (
    <FrameworkGate frameworkKey={assessment.frameworkKey} version={assessment.frameworkVersion}>
      {(framework) => {
        const found = findSubDomain(framework, subDomainKey);
        return found ? (
          <WorkspaceView
            key={subDomainKey}
            overview={overview.data}
            workspace={workspace.data}
            framework={framework}
            found={found}
            onChanged={workspace.reload}
          />
        ) : (
          <NotFoundPage explanation={t('notFound.subDomainBody', { key: subDomainKey })} />
        );
      }}
    </FrameworkGate>
  );
}
