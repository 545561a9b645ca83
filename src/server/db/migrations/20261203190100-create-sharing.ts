import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The instance's signing key; one row, made on first start. Every app instance behind a load
  // balancer must sign with the same key, so it lives in the database rather than on one disk.
  await db.schema
    .createTable('instance_keys')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('algorithm', 'varchar(20)', (column) => column.notNull())
    .addColumn('public_key', 'text', (column) => column.notNull())
    .addColumn('private_key', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .execute();

  // What this instance's organisations shared: the signed snapshot, kept as sent.
  await db.schema
    .createTable('submissions')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessments.id'),
    )
    .addColumn('cycle', 'varchar(40)', (column) => column.notNull())
    .addColumn('scope', 'varchar(40)', (column) => column.notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('sent_at', 'varchar(30)')
    .addColumn('sent_to', 'varchar(2000)')
    .addColumn('withdrawn_at', 'varchar(30)')
    .addColumn('withdrawn_by', 'varchar(36)', (column) => column.references('users.id'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('submissions_assessment')
    .on('submissions')
    .column('assessment_id')
    .execute();

  // What the secretariat holds: one current submission per country and cycle.
  await db.schema
    .createTable('received_submissions')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('country_code', 'varchar(2)', (column) => column.notNull())
    .addColumn('cycle', 'varchar(40)', (column) => column.notNull())
    .addColumn('document', 'text', (column) => column.notNull())
    .addColumn('public_key', 'text', (column) => column.notNull())
    .addColumn('received_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('received_via', 'varchar(20)', (column) => column.notNull())
    .addColumn('organisation_id', 'varchar(36)', (column) => column.references('organisations.id'))
    .addUniqueConstraint('received_submissions_country_cycle', ['country_code', 'cycle'])
    .execute();

  // Tokens a country instance presents when it sends to this (secretariat) instance.
  await db.schema
    .createTable('intake_tokens')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('label', 'varchar(200)', (column) => column.notNull())
    .addColumn('token_hash', 'varchar(64)', (column) => column.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('created_by', 'varchar(36)', (column) => column.references('users.id'))
    .addColumn('revoked_at', 'varchar(30)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['intake_tokens', 'received_submissions', 'submissions', 'instance_keys']) {
    await db.schema.dropTable(table).execute();
  }
}
