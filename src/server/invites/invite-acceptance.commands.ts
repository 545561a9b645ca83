import type {
  AcceptInvite,
  AcceptInviteResult,
  InvitePreview,
} from '../../domain/accounts/index.js';
import { organisationNotFound } from '../access/require-access.js';
import { userActor, writeTransaction, type AuditLog, type Store } from '../audit/audit.js';
import type { Authenticated, SessionLimits } from '../accounts/authenticate.js';
import { requireUsableToken } from '../accounts/one-time-token.js';
import { startSession, type NewSession } from '../accounts/session.commands.js';
import { acceptablePasswordHash, insertAccount } from '../accounts/user.commands.js';
import { userRepository, type StoredUser } from '../accounts/user.repository.js';
import type { Db } from '../db/database.js';
import { ConflictError, FieldProblemError } from '../http/problems.js';
import { scopeFromColumn } from '../organisations/capability-scope.js';
import { insertMembership } from '../organisations/membership.commands.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { formatUtc } from '../shared/time.js';
import { hashToken } from '../shared/tokens.js';
import { inviteFields, inviteRepository, type InviteRow } from './invite.repository.js';

async function usableInvite(db: Db, token: string, now: Date): Promise<InviteRow> {
  const invite = await inviteRepository(db).findByTokenHash(hashToken(token));
  const sender = invite ? `${invite.inviter_name} (${invite.inviter_email})` : '';
  return requireUsableToken(invite, now, {
    unknown: 'This invitation link is not valid. Check that you copied the whole link.',
    used: 'This invitation has already been used.',
    revoked: `This invitation was withdrawn; ask ${sender} if you should still take part.`,
    expired: (at) => `This invitation expired on ${formatUtc(at)}; ask ${sender} for a new one.`,
  });
}

/** What the person opening an invite link sees before accepting. */
export async function previewInvite(db: Db, token: string, now: Date): Promise<InvitePreview> {
  const invite = await usableInvite(db, token, now);
  const organisation = await organisationRepository(db).findById(invite.organisation_id);
  if (!organisation) throw organisationNotFound(invite.organisation_id);
  return {
    organisationName: organisation.name,
    role: invite.role,
    email: invite.email,
    accountExists: (await userRepository(db).findByEmail(invite.email)) !== undefined,
    expiresAt: invite.expires_at,
  };
}

export type Acceptance = Pick<AcceptInviteResult, 'outcome' | 'organisationId'> & {
  /** A session for an account the invite just created. */
  session?: NewSession;
};

/**
 * Accepts an invite: a person without an account creates one (name and password) and is signed
 * in; a person with an account must be signed in as the invited email, and gains the membership.
 */
export async function acceptInvite(
  store: Store,
  sessions: SessionLimits,
  auth: Authenticated | null,
  input: AcceptInvite,
  now: Date,
): Promise<Acceptance> {
  const invite = await usableInvite(store.db, input.token, now);
  const account = await userRepository(store.db).findByEmail(invite.email);
  if (account) return joinWithAccount(store, auth, account, input.token, now);
  if (auth) {
    throw new ConflictError(
      `You are signed in as ${auth.user.email}, but this invitation is for ${invite.email}. Sign out, then open the link again to create that account.`,
    );
  }
  if (!input.displayName) throw new FieldProblemError('displayName', 'Enter your name.');
  if (!input.password) throw new FieldProblemError('password', 'Choose a password.');
  const passwordHash = await acceptablePasswordHash(input.password);
  const displayName = input.displayName;
  return writeTransaction(store, now, async (trx, audit) => {
    const current = await usableInvite(trx, input.token, now);
    const user = await insertAccount(
      trx,
      audit,
      { email: current.email, displayName, instanceRole: null, passwordHash },
      now,
      userActor,
    );
    await join(trx, audit, current, user.id, now);
    const session = await startSession(trx, audit, user.id, now, sessions);
    return { outcome: 'account-created', organisationId: current.organisation_id, session };
  });
}

async function joinWithAccount(
  store: Store,
  auth: Authenticated | null,
  account: StoredUser,
  token: string,
  now: Date,
): Promise<Acceptance> {
  if (auth?.userId !== account.id) {
    throw new ConflictError(
      `This invitation is for ${account.email}, who already has an account. Sign in as ${account.email} first, then open the link again.`,
    );
  }
  return writeTransaction(store, now, async (trx, audit) => {
    const invite = await usableInvite(trx, token, now);
    const organisationId = invite.organisation_id;
    const memberships = membershipRepository(trx);
    if (await memberships.findByOrganisationAndUser(organisationId, account.id)) {
      return { outcome: 'already-member', organisationId };
    }
    await join(trx, audit, invite, account.id, now);
    return { outcome: 'membership-added', organisationId };
  });
}

async function join(
  trx: Db,
  audit: AuditLog,
  invite: InviteRow,
  userId: string,
  now: Date,
): Promise<void> {
  const actor = userActor(userId);
  await insertMembership(
    trx,
    audit,
    {
      organisationId: invite.organisation_id,
      userId,
      role: invite.role,
      capabilityScope: scopeFromColumn(invite.capability_scope),
    },
    actor,
    now,
  );
  await inviteRepository(trx).markUsed(invite.id, now.toISOString());
  await audit.record({
    actor,
    action: 'invite.accept',
    entityType: 'invite',
    entityId: invite.id,
    before: inviteFields(invite),
    after: { ...inviteFields(invite), used_at: now.toISOString() },
  });
}
