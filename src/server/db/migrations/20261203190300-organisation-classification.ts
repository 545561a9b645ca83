import type { Kysely } from 'kysely';

/**
 * An organisation's M49 sub-region, and when its admin confirmed the region, sub-region and
 * income group (prefilled from reference data). Both stay empty on organisations made before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organisations').addColumn('sub_region', 'varchar(100)').execute();
  await db.schema
    .alterTable('organisations')
    .addColumn('classification_confirmed_at', 'varchar(30)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organisations').dropColumn('classification_confirmed_at').execute();
  await db.schema.alterTable('organisations').dropColumn('sub_region').execute();
}
