import type { MemberView } from '../../domain/organisations/index.js';
import { scopeFromColumn } from './capability-scope.js';
import type { MemberRow } from './membership.repository.js';

export function presentMember(row: MemberRow): MemberView {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    capabilityScope: scopeFromColumn(row.capability_scope),
    version: row.version,
  };
}
