import type { Db } from '../db/database.js';
import type { OrganisationTable } from '../db/schema.js';

export type StoredOrganisation = OrganisationTable;

export function organisationRepository(db: Db) {
  return {
    findById(id: string): Promise<StoredOrganisation | undefined> {
      return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    },

    listAll(): Promise<StoredOrganisation[]> {
      return db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id').execute();
    },

    listByIds(ids: readonly string[]): Promise<StoredOrganisation[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('organisations')
        .selectAll()
        .where('id', 'in', ids)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },

    /** The jurisdictions under any of the given national organisations. */
    listChildren(
      parentIds: readonly string[],
    ): Promise<Pick<StoredOrganisation, 'id' | 'name' | 'parent_id'>[]> {
      if (parentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('organisations')
        .select(['id', 'name', 'parent_id'])
        .where('parent_id', 'in', parentIds)
        .orderBy('name')
        .execute();
    },

    async insert(row: StoredOrganisation): Promise<void> {
      await db.insertInto('organisations').values(row).execute();
    },

    update(
      id: string,
      changes: Pick<StoredOrganisation, 'name' | 'region' | 'income_group' | 'government_system'>,
      updatedAt: string,
    ): Promise<StoredOrganisation> {
      return db
        .updateTable('organisations')
        .set((eb) => ({ ...changes, updated_at: updatedAt, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
