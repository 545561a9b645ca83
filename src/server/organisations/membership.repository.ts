import type { Db } from '../db/database.js';
import type { MembershipTable } from '../db/schema.js';

export type StoredMembership = MembershipTable;

/** A membership with the member's account details, as the member list shows it. */
export type MemberRow = StoredMembership & { email: string; display_name: string };

export type UserMembershipRow = Pick<
  StoredMembership,
  'organisation_id' | 'role' | 'capability_scope'
> & { organisation_name: string };

export function membershipRepository(db: Db) {
  const members = () =>
    db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .selectAll('memberships')
      .select(['users.email', 'users.display_name']);

  return {
    listForUser(userId: string): Promise<UserMembershipRow[]> {
      return db
        .selectFrom('memberships')
        .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
        .select([
          'memberships.organisation_id',
          'memberships.role',
          'memberships.capability_scope',
          'organisations.name as organisation_name',
        ])
        .where('memberships.user_id', '=', userId)
        .orderBy('organisations.name')
        .execute();
    },

    listForOrganisation(organisationId: string): Promise<MemberRow[]> {
      return members()
        .where('memberships.organisation_id', '=', organisationId)
        .orderBy('users.display_name')
        .orderBy('users.email')
        .execute();
    },

    findInOrganisation(organisationId: string, id: string): Promise<MemberRow | undefined> {
      return members()
        .where('memberships.organisation_id', '=', organisationId)
        .where('memberships.id', '=', id)
        .executeTakeFirst();
    },

    findByOrganisationAndUser(
      organisationId: string,
      userId: string,
    ): Promise<StoredMembership | undefined> {
      return db
        .selectFrom('memberships')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },

    async countLeads(organisationId: string): Promise<number> {
      const row = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organisation_id', '=', organisationId)
        .where('role', '=', 'lead')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async insert(row: StoredMembership): Promise<void> {
      await db.insertInto('memberships').values(row).execute();
    },

    update(
      id: string,
      changes: Pick<StoredMembership, 'role' | 'capability_scope'>,
      updatedAt: string,
    ): Promise<StoredMembership> {
      return db
        .updateTable('memberships')
        .set((eb) => ({ ...changes, updated_at: updatedAt, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('memberships').where('id', '=', id).execute();
    },
  };
}

/** The membership record itself, without the joined account details. */
export function membershipFields(row: MemberRow): StoredMembership {
  return {
    id: row.id,
    organisation_id: row.organisation_id,
    user_id: row.user_id,
    role: row.role,
    capability_scope: row.capability_scope,
    created_at: row.created_at,
    updated_at: row.updated_at,
    version: row.version,
  };
}
