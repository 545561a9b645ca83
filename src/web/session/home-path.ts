import type { SessionUser } from '../../domain/accounts/index.js';
import { ORGANISATIONS_PATH } from '../organisations/paths.js';
import { SUBMISSIONS_PATH } from '../pages/secretariat/submissions/submissions.api.js';

/**
 * A member of the secretariat team who takes part in no organisation: the organisations page
 * would only tell them they are a member of none, so their work starts at the submissions.
 */
export function isSecretariatOnly(user: SessionUser): boolean {
  return user.instanceRole === 'secretariat' && user.memberships.length === 0;
}

/** Where a signed-in person starts. */
export function homePath(user: SessionUser): string {
  return isSecretariatOnly(user) ? SUBMISSIONS_PATH : ORGANISATIONS_PATH;
}
