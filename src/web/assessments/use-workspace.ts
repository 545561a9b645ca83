import { useCallback } from 'react';
import { useResource } from '../api/use-resource.js';
import { assessmentsApi } from './assessments.api.js';
import { useLiveChanges } from './use-live-changes.js';
import { workspaceApi } from './workspace.api.js';

/**
 * A sub-domain's workspace and the assessment around it. Others' changes to this sub-domain are
 * read again as they happen; changes to the assessment itself (finalising) refresh both.
 */
export function useWorkspace(assessmentId: string, subDomainKey: string) {
  const loadOverview = useCallback(() => assessmentsApi.overview(assessmentId), [assessmentId]);
  const loadWorkspace = useCallback(
    () => workspaceApi.get(assessmentId, subDomainKey),
    [assessmentId, subDomainKey],
  );
  const overview = useResource(loadOverview);
  const workspace = useResource(loadWorkspace);
  useLiveChanges(assessmentId, (change) => {
    if (!change || change.kind === 'assessment') overview.reload();
    if (!change || change.kind === 'assessment' || change.subDomainKey === subDomainKey) {
      workspace.reload();
    }
  });
  return { overview, workspace };
}
