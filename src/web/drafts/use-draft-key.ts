import { useCurrentUser } from '../session/use-current-user.js';
import { draftKey } from './draft-store.js';

/** Where the signed-in person's unsaved text for one field of an assessment is kept. */
export function useDraftKey(assessmentId: string, field: string): string {
  const user = useCurrentUser();
  return draftKey({ userId: user.id, assessmentId, field });
}
