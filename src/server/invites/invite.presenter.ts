import type { InviteView } from '../../domain/accounts/index.js';
import { scopeFromColumn } from '../organisations/capability-scope.js';
import type { InviteRow } from './invite.repository.js';

export function presentInvite(row: InviteRow): InviteView {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    role: row.role,
    capabilityScope: scopeFromColumn(row.capability_scope),
    invitedBy: row.inviter_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
