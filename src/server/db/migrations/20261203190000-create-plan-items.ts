import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessments.id'),
    )
    .addColumn('title', 'varchar(300)', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('sub_domain_key', 'varchar(60)', (column) => column.notNull())
    .addColumn('indicator_keys', 'text', (column) => column.notNull())
    .addColumn('target_stage', 'integer')
    .addColumn('owner_body', 'varchar(200)', (column) => column.notNull())
    .addColumn('contact', 'varchar(200)', (column) => column.notNull())
    .addColumn('priority', 'varchar(10)', (column) => column.notNull())
    .addColumn('start_date', 'varchar(10)')
    .addColumn('target_date', 'varchar(10)')
    .addColumn('status', 'varchar(20)', (column) => column.notNull())
    .addColumn('resources_note', 'text', (column) => column.notNull())
    .addColumn('from_suggestion', 'varchar(100)')
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('plan_items_assessment')
    .on('plan_items')
    .columns(['assessment_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('plan_suggestion_decisions')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('assessment_id', 'varchar(36)', (column) =>
      column.notNull().references('assessments.id'),
    )
    .addColumn('indicator_key', 'varchar(100)', (column) => column.notNull())
    .addColumn('dismissed', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_at', 'varchar(30)', (column) => column.notNull())
    .addColumn('updated_by', 'varchar(36)', (column) => column.notNull().references('users.id'))
    .addColumn('version', 'integer', (column) => column.notNull())
    .addUniqueConstraint('plan_suggestion_decisions_unique', ['assessment_id', 'indicator_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_suggestion_decisions').execute();
  await db.schema.dropTable('plan_items').execute();
}
