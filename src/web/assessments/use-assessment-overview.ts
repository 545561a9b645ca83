import { useCallback } from 'react';
import { useResource } from '../api/use-resource.js';
import { assessmentsApi } from './assessments.api.js';
import { useLiveChanges } from './use-live-changes.js';

/** The assessment at a glance, read again whenever anyone changes anything in it. */
export function useAssessmentOverview(assessmentId: string) {
  const load = useCallback(() => assessmentsApi.overview(assessmentId), [assessmentId]);
  const overview = useResource(load);
  useLiveChanges(assessmentId, overview.reload);
  return overview;
}
