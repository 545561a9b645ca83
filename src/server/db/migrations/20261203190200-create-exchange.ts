import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Introductions the secretariat proposes between a country seeking support and one offering
  // experience. Submissions are replaced or withdrawn by deleting them, so they are referenced
  // by id without a foreign key; the names and contacts are copied in, so an introduction made
  // keeps its contacts when a country later shares a newer submission.
  await db.schema
    .createTable('exchange_proposals')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('seeker_submission_id', 'varchar(36)', (column) => column.notNull())
    .addColumn('offerer_submission_id', 'varchar(36)', (column) => column.notNull())
    .addColumn('seeker_organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('offerer_organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('seeker_country_name', 'varchar(200)', (column) => column.notNull())
    .addColumn('offerer_country_name', 'varchar(200)', (column) => column.notNull())
    .addColumn('seeker_contact', 'text', (column) => column.notNull())
    .addColumn('offerer_contact', 'text', (column) => column.notNull())
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('proposed_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('proposed_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('seeker_decision', 'varchar(20)', (column) => column.notNull())
    .addColumn('seeker_decided_at', 'varchar(30)')
    .addColumn('seeker_decided_by', 'varchar(36)', (column) => column.references('users.id'))
    .addColumn('offerer_decision', 'varchar(20)', (column) => column.notNull())
    .addColumn('offerer_decided_at', 'varchar(30)')
    .addColumn('offerer_decided_by', 'varchar(36)', (column) => column.references('users.id'))
    .addColumn('version', 'integer', (column) => column.notNull())
    // One proposal per sub-domain and pair of submissions: a declined one is not proposed again.
    .addUniqueConstraint('exchange_proposals_pair', [
      'sub_domain_key',
      'seeker_submission_id',
      'offerer_submission_id',
    ])
    .execute();
  await db.schema
    .createIndex('exchange_proposals_seeker')
    .on('exchange_proposals')
    .column('seeker_organisation_id')
    .execute();
  await db.schema
    .createIndex('exchange_proposals_offerer')
    .on('exchange_proposals')
    .column('offerer_organisation_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exchange_proposals').execute();
}
