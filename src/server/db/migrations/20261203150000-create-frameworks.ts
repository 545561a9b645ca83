import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('frameworks')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('key', 'varchar(100)', (column) => column.notNull())
    .addColumn('version', 'varchar(50)', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('checksum', 'varchar(64)', (column) => column.notNull())
    .addColumn('content', 'text', (column) => column.notNull())
    .addColumn('loaded_at', 'varchar(30)', (column) => column.notNull())
    .addUniqueConstraint('frameworks_key_version_unique', ['key', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('frameworks').execute();
}
