import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../domain/access/index.js';
import type { CreateInvite, CreatedInvite } from '../../domain/accounts/index.js';
import { organisationNotFound, requireInviteAccess } from '../access/require-access.js';
import {
  userActor,
  writeTransaction,
  type AuditActor,
  type AuditLog,
  type Store,
} from '../audit/audit.js';
import { userRepository } from '../accounts/user.repository.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { ConflictError, NotFoundError } from '../http/problems.js';
import { tokenLink } from '../http/links.js';
import type { Mailer } from '../mail/mailer.js';
import { scopeToColumn } from '../organisations/capability-scope.js';
import { requireScopeFitsRole } from '../organisations/membership.commands.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { addHours } from '../shared/time.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { inviteMail } from './invite.mail.js';
import { presentInvite } from './invite.presenter.js';
import { inviteFields, inviteRepository, type InviteRow } from './invite.repository.js';

export const INVITE_DAYS = 7;

export type InviteDeps = { mailer: Mailer | undefined; config: Config; log: FastifyBaseLogger };

async function revoke(trx: Db, audit: AuditLog, invite: InviteRow, actor: AuditActor, now: Date) {
  await inviteRepository(trx).revoke(invite.id, now.toISOString());
  await audit.record({
    actor,
    action: 'invite.revoke',
    entityType: 'invite',
    entityId: invite.id,
    before: inviteFields(invite),
    after: { ...inviteFields(invite), revoked_at: now.toISOString() },
  });
}

/**
 * Invites someone by email. The link is returned once, for the inviter to copy, and emailed when
 * mail is configured. A new invite to the same address replaces any earlier pending one.
 */
export async function createInvite(
  store: Store,
  deps: InviteDeps,
  actor: Actor | null,
  organisationId: string,
  input: CreateInvite,
  now: Date,
): Promise<CreatedInvite> {
  const inviter = requireInviteAccess(actor, organisationId, input.role);
  requireScopeFitsRole(input.role, input.capabilityScope);
  const token = newToken();
  const { invite, organisationName } = await writeTransaction(store, now, async (trx, audit) => {
    const organisation = await organisationRepository(trx).findById(organisationId);
    if (!organisation) throw organisationNotFound(organisationId);
    const invites = inviteRepository(trx);
    const existing = await userRepository(trx).findByEmail(input.email);
    const membership =
      existing &&
      (await membershipRepository(trx).findByOrganisationAndUser(organisationId, existing.id));
    if (membership) {
      throw new ConflictError(
        `${input.email} is already a member of ${organisation.name} (${membership.role}). Change their role in the member list instead.`,
      );
    }
    const actorId = userActor(inviter.userId);
    for (const earlier of await invites.listPendingForEmail(
      organisationId,
      input.email,
      now.toISOString(),
    )) {
      await revoke(trx, audit, earlier, actorId, now);
    }
    const row = {
      id: randomUUID(),
      token_hash: hashToken(token),
      organisation_id: organisationId,
      email: input.email,
      role: input.role,
      capability_scope: scopeToColumn(input.capabilityScope),
      invited_by: inviter.userId,
      created_at: now.toISOString(),
      expires_at: addHours(now, INVITE_DAYS * 24).toISOString(),
      used_at: null,
      revoked_at: null,
    };
    await invites.insert(row);
    await audit.record({
      actor: actorId,
      action: 'invite.create',
      entityType: 'invite',
      entityId: row.id,
      after: row,
    });
    const created = await invites.findInOrganisation(organisationId, row.id);
    if (!created) throw new Error('An invite that was just written could not be read back.');
    return { invite: created, organisationName: organisation.name };
  });
  const link = tokenLink(deps.config, 'invite', token);
  const emailed = await sendInvite(deps, invite, organisationName, link);
  return { invite: presentInvite(invite), link, emailed };
}

/** Emails the invite; a mail failure is logged and reported as not emailed, never lost silently. */
async function sendInvite(
  deps: InviteDeps,
  invite: InviteRow,
  organisationName: string,
  link: string,
): Promise<boolean> {
  if (!deps.mailer) return false;
  try {
    await deps.mailer.send(
      inviteMail({
        email: invite.email,
        role: invite.role,
        organisationName,
        inviterName: invite.inviter_name,
        link,
        expiresAt: invite.expires_at,
      }),
    );
    return true;
  } catch (error) {
    deps.log.error({ err: error }, 'sending an invitation email failed');
    return false;
  }
}

/** Withdraws a pending invite; its link then says so. Withdrawing twice changes nothing. */
export async function revokeInvite(
  store: Store,
  actor: Actor | null,
  ids: { organisationId: string; inviteId: string },
  now: Date,
): Promise<void> {
  const signedIn = requireInviteAccess(actor, ids.organisationId, 'lead');
  await writeTransaction(store, now, async (trx, audit) => {
    const invite = await inviteRepository(trx).findInOrganisation(ids.organisationId, ids.inviteId);
    if (!invite) {
      throw new NotFoundError(
        `There is no invitation with id "${ids.inviteId}" in this organisation.`,
      );
    }
    requireInviteAccess(signedIn, ids.organisationId, invite.role);
    if (invite.used_at) {
      throw new ConflictError(
        `${invite.email} has already accepted this invitation; remove them from the member list instead.`,
      );
    }
    if (!invite.revoked_at) await revoke(trx, audit, invite, userActor(signedIn.userId), now);
  });
}
