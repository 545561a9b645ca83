import type { Actor } from '../../domain/access/index.js';
import type { SessionUser } from '../../domain/accounts/index.js';

/** The signed-in person as the access policy reads them, so the browser asks the same rules. */
export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, instanceRole: user.instanceRole, memberships: user.memberships };
}
