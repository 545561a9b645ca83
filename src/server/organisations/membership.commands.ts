import type { Actor, CapabilityScope, OrganisationRole } from '../../domain/access/index.js';
import type { MemberView } from '../../domain/organisations/index.js';
import { requireOrganisationAccess } from '../access/require-access.js';
import {
  userActor,
  writeTransaction,
  type AuditActor,
  type AuditLog,
  type Store,
} from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { ConflictError, FieldProblemError, NotFoundError } from '../http/problems.js';
import { newRecordFields } from '../shared/records.js';
import { scopeToColumn } from './capability-scope.js';
import { presentMember } from './membership.presenter.js';
import { membershipFields, membershipRepository, type MemberRow } from './membership.repository.js';

export type NewMembership = {
  organisationId: string;
  userId: string;
  role: OrganisationRole;
  capabilityScope: CapabilityScope;
};

/** Only contributors are limited to some capabilities; the other roles act on all of them. */
export function requireScopeFitsRole(role: OrganisationRole, scope: CapabilityScope): void {
  if (scope !== null && role !== 'contributor') {
    throw new FieldProblemError(
      'capabilityScope',
      'Only contributors can be limited to some capabilities; leave the scope empty for this role.',
    );
  }
}

export async function insertMembership(
  trx: Db,
  audit: AuditLog,
  membership: NewMembership,
  actor: AuditActor,
  now: Date,
): Promise<void> {
  const row = {
    ...newRecordFields(now),
    organisation_id: membership.organisationId,
    user_id: membership.userId,
    role: membership.role,
    capability_scope: scopeToColumn(membership.capabilityScope),
  };
  await membershipRepository(trx).insert(row);
  await audit.record({
    actor,
    action: 'membership.create',
    entityType: 'membership',
    entityId: row.id,
    after: row,
  });
}

async function findMember(trx: Db, organisationId: string, membershipId: string) {
  const member = await membershipRepository(trx).findInOrganisation(organisationId, membershipId);
  if (!member) {
    throw new NotFoundError(`There is no member with id "${membershipId}" in this organisation.`);
  }
  return member;
}

/** Every organisation keeps at least one lead, who can manage its members. */
async function requireAnotherLead(trx: Db, member: MemberRow, change: string): Promise<void> {
  if (member.role !== 'lead') return;
  if ((await membershipRepository(trx).countLeads(member.organisation_id)) > 1) return;
  throw new ConflictError(
    `${member.display_name} is the only lead of this organisation, so they cannot be ${change}. Make someone else a lead first.`,
  );
}

export async function updateMembership(
  store: Store,
  actor: Actor | null,
  ids: { organisationId: string; membershipId: string },
  input: { version: number; role: OrganisationRole; capabilityScope: CapabilityScope },
  now: Date,
): Promise<MemberView> {
  const lead = requireOrganisationAccess(actor, ids.organisationId, 'members.manage');
  requireScopeFitsRole(input.role, input.capabilityScope);
  return writeTransaction(store, now, async (trx, audit) => {
    const before = await findMember(trx, ids.organisationId, ids.membershipId);
    if (before.version !== input.version) {
      throw new ConflictError(
        `${before.display_name}'s role was changed by someone else after you opened the list. Review it and apply your change again.`,
        { current: presentMember(before) },
      );
    }
    if (input.role !== 'lead') await requireAnotherLead(trx, before, 'given another role');
    const after = await membershipRepository(trx).update(
      before.id,
      { role: input.role, capability_scope: scopeToColumn(input.capabilityScope) },
      now.toISOString(),
    );
    await audit.record({
      actor: userActor(lead.userId),
      action: 'membership.update',
      entityType: 'membership',
      entityId: before.id,
      before: membershipFields(before),
      after,
    });
    return presentMember({ ...after, email: before.email, display_name: before.display_name });
  });
}

export async function removeMembership(
  store: Store,
  actor: Actor | null,
  ids: { organisationId: string; membershipId: string },
  now: Date,
): Promise<void> {
  const lead = requireOrganisationAccess(actor, ids.organisationId, 'members.manage');
  await writeTransaction(store, now, async (trx, audit) => {
    const member = await findMember(trx, ids.organisationId, ids.membershipId);
    await requireAnotherLead(trx, member, 'removed');
    await membershipRepository(trx).delete(member.id);
    await audit.record({
      actor: userActor(lead.userId),
      action: 'membership.delete',
      entityType: 'membership',
      entityId: member.id,
      before: membershipFields(member),
    });
  });
}
