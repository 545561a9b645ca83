import type { CreateTableBuilder, Kysely } from 'kysely';

/** Every record of an assessment starts with its id and the assessment it belongs to. */
function assessmentColumns<T extends string>(
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id' | 'assessment_id'> {
  return table
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessments.id'),
    );
}

/** Who changed an editable record last, when, and its version for conflict detection. */
function editableColumns<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C | 'created_at' | 'updated_at' | 'updated_by' | 'version'> {
  return table
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('version', 'integer', (column) => column.notNull());
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('organisation_id', 'varchar(36)', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('title', 'varchar(200)', (column) => column.notNull())
    .addColumn('period_start', 'varchar(10)', (column) => column.notNull())
    .addColumn('period_end', 'varchar(10)', (column) => column.notNull())
    .addColumn('lead_body', 'varchar(200)', (column) => column.notNull())
    .addColumn('framework_key', 'varchar(100)', (column) => column.notNull())
    .addColumn('framework_version', 'varchar(50)', (column) => column.notNull())
    .addColumn('framework_checksum', 'varchar(64)', (column) => column.notNull())
    .addColumn('state', 'varchar(20)', (column) => column.notNull())
    .addColumn('finalised_at', 'varchar(30)')
    .addColumn('finalised_by', 'varchar(36)', (column) => column.references('users.id'))
    .addColumn('copied_from_id', 'varchar(36)', (column) => column.references('assessments.id'))
    .addColumn('created_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('assessments_organisation_id')
    .on('assessments')
    .column('organisation_id')
    .execute();

  await editableColumns(
    assessmentColumns(db.schema.createTable('indicator_ratings'))
      .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
      .addColumn('indicator_key', 'varchar(100)', (column) => column.notNull())
      .addColumn('status', 'varchar(20)')
      .addColumn('evidence_text', 'text', (column) => column.notNull()),
  )
    .addUniqueConstraint('indicator_ratings_indicator_unique', ['assessment_id', 'indicator_key'])
    .execute();
  await db.schema
    .createIndex('indicator_ratings_sub_domain')
    .on('indicator_ratings')
    .columns(['assessment_id', 'sub_domain_key'])
    .execute();

  await assessmentColumns(db.schema.createTable('evidence_links'))
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('indicator_key', 'varchar(100)', (column) => column.notNull())
    .addColumn('url', 'varchar(2000)', (column) => column.notNull())
    .addColumn('label', 'varchar(200)', (column) => column.notNull())
    .addColumn('added_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('added_at', 'varchar(30)', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_links_sub_domain')
    .on('evidence_links')
    .columns(['assessment_id', 'sub_domain_key'])
    .execute();

  await assessmentColumns(db.schema.createTable('evidence_files'))
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('indicator_key', 'varchar(100)', (column) => column.notNull())
    .addColumn('name', 'varchar(255)', (column) => column.notNull())
    .addColumn('media_type', 'varchar(100)', (column) => column.notNull())
    .addColumn('bytes', 'integer', (column) => column.notNull())
    .addColumn('sha256', 'varchar(64)', (column) => column.notNull())
    .addColumn('added_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('added_at', 'varchar(30)', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_files_sub_domain')
    .on('evidence_files')
    .columns(['assessment_id', 'sub_domain_key'])
    .execute();
  await db.schema
    .createIndex('evidence_files_sha256')
    .on('evidence_files')
    .column('sha256')
    .execute();

  await assessmentColumns(db.schema.createTable('stage_proposals'))
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('user_id', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('stage', 'integer', (column) => column.notNull())
    .addColumn('comment', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addUniqueConstraint('stage_proposals_person_unique', [
      'assessment_id',
      'sub_domain_key',
      'user_id',
    ])
    .execute();

  await assessmentColumns(db.schema.createTable('discussion_posts'))
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('author_id', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('discussion_posts_sub_domain')
    .on('discussion_posts')
    .columns(['assessment_id', 'sub_domain_key'])
    .execute();

  await editableColumns(
    assessmentColumns(db.schema.createTable('agreed_results'))
      .addColumn('scope', 'varchar(20)', (column) => column.notNull())
      .addColumn('subject_key', 'varchar(60)', (column) => column.notNull())
      .addColumn('result', 'text', (column) => column.notNull()),
  )
    .addUniqueConstraint('agreed_results_subject_unique', ['assessment_id', 'scope', 'subject_key'])
    .execute();

  await editableColumns(
    assessmentColumns(db.schema.createTable('enabler_notes'))
      .addColumn('enabler_key', 'varchar(60)', (column) => column.notNull())
      .addColumn('note', 'text', (column) => column.notNull()),
  )
    .addUniqueConstraint('enabler_notes_enabler_unique', ['assessment_id', 'enabler_key'])
    .execute();

  await db.schema
    .createTable('assessment_changes')
    .addColumn('audit_seq', 'integer', (column) =>
      column.primaryKey().references('audit_events.seq'),
    )
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessments.id'),
    )
    .addColumn('sub_domain_key', 'varchar(60)')
    .addColumn('subject', 'varchar(100)', (column) => column.notNull())
    .addColumn('actor_id', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('summary', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('assessment_changes_sub_domain')
    .on('assessment_changes')
    .columns(['assessment_id', 'sub_domain_key', 'audit_seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'assessment_changes',
    'enabler_notes',
    'agreed_results',
    'discussion_posts',
    'stage_proposals',
    'evidence_files',
    'evidence_links',
    'indicator_ratings',
    'assessments',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
