import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('kind', 'varchar(20)', (column) => column.notNull())
    .addColumn('name', 'varchar(200)', (column) => column.notNull())
    .addColumn('country_code', 'varchar(2)', (column) => column.notNull())
    .addColumn('region', 'varchar(20)')
    .addColumn('income_group', 'varchar(20)')
    .addColumn('government_system', 'varchar(20)')
    .addColumn('parent_id', 'varchar(36)', (column) => column.references('organisations.id'))
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('organisations_parent_id')
    .on('organisations')
    .column('parent_id')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('user_id', 'varchar(36)', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('role', 'varchar(20)', (column) => column.notNull())
    .addColumn('capability_scope', 'text')
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addUniqueConstraint('memberships_organisation_user_unique', ['organisation_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_id').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('token_hash', 'varchar(64)', (column) => column.notNull().unique())
    .addColumn('organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('email', 'varchar(254)', (column) => column.notNull())
    .addColumn('role', 'varchar(20)', (column) => column.notNull())
    .addColumn('capability_scope', 'text')
    .addColumn('invited_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('expires_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('used_at', 'varchar(30)')
    .addColumn('revoked_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('invites_organisation_id')
    .on('invites')
    .column('organisation_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['invites', 'memberships', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
}
