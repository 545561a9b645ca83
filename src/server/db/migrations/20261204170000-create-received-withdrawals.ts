import type { Kysely } from 'kysely';

/**
 * Withdrawals the secretariat has received, kept after the submission they name is deleted, so
 * that the submission's file cannot be imported again once its sender has withdrawn it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('received_withdrawals')
    .addColumn('submission_id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('public_key', 'text', (column) => column.notNull())
    .addColumn('withdrawn_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    .addColumn('received_at', 'varchar(30)', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('received_withdrawals').execute();
}
