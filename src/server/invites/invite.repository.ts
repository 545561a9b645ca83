import type { Db } from '../db/database.js';
import type { InviteTable } from '../db/schema.js';

export type StoredInvite = InviteTable;

/** An invite with the name and email of the person who sent it. */
export type InviteRow = StoredInvite & { inviter_name: string; inviter_email: string };

export function inviteRepository(db: Db) {
  const invites = () =>
    db
      .selectFrom('invites')
      .innerJoin('users', 'users.id', 'invites.invited_by')
      .selectAll('invites')
      .select(['users.display_name as inviter_name', 'users.email as inviter_email']);

  const pending = (organisationId: string, now: string) =>
    invites()
      .where('invites.organisation_id', '=', organisationId)
      .where('invites.used_at', 'is', null)
      .where('invites.revoked_at', 'is', null)
      .where('invites.expires_at', '>', now);

  return {
    findByTokenHash(tokenHash: string): Promise<InviteRow | undefined> {
      return invites().where('invites.token_hash', '=', tokenHash).executeTakeFirst();
    },

    findInOrganisation(organisationId: string, id: string): Promise<InviteRow | undefined> {
      return invites()
        .where('invites.organisation_id', '=', organisationId)
        .where('invites.id', '=', id)
        .executeTakeFirst();
    },

    /** Invites not yet used, withdrawn or expired, newest first. */
    listPending(organisationId: string, now: string): Promise<InviteRow[]> {
      return pending(organisationId, now).orderBy('invites.created_at', 'desc').execute();
    },

    listPendingForEmail(organisationId: string, email: string, now: string): Promise<InviteRow[]> {
      return pending(organisationId, now).where('invites.email', '=', email).execute();
    },

    /** How many invites `listPending` holds, for the completion guide's "convene" step. */
    async countPending(organisationId: string, now: string): Promise<number> {
      const row = await pending(organisationId, now)
        .clearSelect()
        .select((eb) => eb.fn.countAll().as('count'))
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    async insert(row: StoredInvite): Promise<void> {
      await db.insertInto('invites').values(row).execute();
    },

    async markUsed(id: string, usedAt: string): Promise<void> {
      await db.updateTable('invites').set({ used_at: usedAt }).where('id', '=', id).execute();
    },

    async revoke(id: string, revokedAt: string): Promise<void> {
      await db.updateTable('invites').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
    },
  };
}

/** The invite record itself, without the joined inviter details. */
export function inviteFields(row: InviteRow): StoredInvite {
  return {
    id: row.id,
    token_hash: row.token_hash,
    organisation_id: row.organisation_id,
    email: row.email,
    role: row.role,
    capability_scope: row.capability_scope,
    invited_by: row.invited_by,
    created_at: row.created_at,
    expires_at: row.expires_at,
    used_at: row.used_at,
    revoked_at: row.revoked_at,
  };
}
