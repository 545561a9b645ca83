import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_events')
    .addColumn('seq', 'integer', (column) => column.primaryKey())
    .addColumn('id', 'varchar(36)', (column) => column.notNull().unique())
    .addColumn('occurred_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('actor', 'varchar(60)', (column) => column.notNull())
    .addColumn('action', 'varchar(60)', (column) => column.notNull())
    .addColumn('entity_type', 'varchar(40)', (column) => column.notNull())
    .addColumn('entity_id', 'varchar(36)', (column) => column.notNull())
    .addColumn('before_digest', 'varchar(64)')
    .addColumn('after_digest', 'varchar(64)')
    .addColumn('prev_hash', 'varchar(64)', (column) => column.notNull())
    .addColumn('hash', 'varchar(64)', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_entity')
    .on('audit_events')
    .columns(['entity_type', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
}
