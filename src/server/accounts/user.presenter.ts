import type { UserSummary } from '../../domain/accounts/index.js';
import type { StoredUser } from './user.repository.js';

export function presentUserSummary(user: StoredUser): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    instanceRole: user.instance_role,
  };
}
