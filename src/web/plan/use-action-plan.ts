import { useCallback } from 'react';
import { useResource } from '../api/use-resource.js';
import { useLiveChanges } from '../assessments/use-live-changes.js';
import { planApi } from './plan.api.js';

/** The action plan, read again whenever anyone changes anything in the assessment. */
export function useActionPlan(assessmentId: string) {
  const load = useCallback(() => planApi.get(assessmentId), [assessmentId]);
  const plan = useResource(load);
  useLiveChanges(assessmentId, plan.reload);
  return plan;
}
