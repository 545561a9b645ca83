import type { Actor } from '../../domain/access/index.js';
import type { SessionUser, SessionView } from '../../domain/accounts/index.js';
import { scopeFromColumn } from '../organisations/capability-scope.js';
import type { UserMembershipRow } from '../organisations/membership.repository.js';
import type { UserTable } from '../db/schema.js';

type UserFields = Pick<UserTable, 'id' | 'email' | 'display_name' | 'instance_role'>;

export function presentSessionUser(
  user: UserFields,
  memberships: readonly UserMembershipRow[],
): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    instanceRole: user.instance_role,
    memberships: memberships.map((membership) => ({
      organisationId: membership.organisation_id,
      organisationName: membership.organisation_name,
      role: membership.role,
      capabilityScope: scopeFromColumn(membership.capability_scope),
    })),
  };
}

/** The policy's view of a person: who they are and what roles they hold where. */
export function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    instanceRole: user.instanceRole,
    memberships: user.memberships.map(({ organisationId, role, capabilityScope }) => ({
      organisationId,
      role,
      capabilityScope,
    })),
  };
}

export function presentSessionView(
  signedIn: { user: SessionUser; csrfToken: string } | null,
  setupRequired: boolean,
): SessionView {
  return {
    user: signedIn?.user ?? null,
    csrfToken: signedIn?.csrfToken ?? null,
    setupRequired,
  };
}
