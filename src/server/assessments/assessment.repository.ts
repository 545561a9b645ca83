import type { Db } from '../db/database.js';
import type { AssessmentTable } from '../db/schema.js';

export type StoredAssessment = AssessmentTable;

/** An assessment with the name of its organisation, as `mnr assessments list` shows it. */
export type AssessmentListRow = StoredAssessment & { organisation_name: string };

export function assessmentRepository(db: Db) {
  return {
    findById(id: string): Promise<StoredAssessment | undefined> {
      return db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async organisationOf(id: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('assessments')
        .select('organisation_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.organisation_id;
    },

    /** Newest cycle first. */
    listForOrganisation(organisationId: string): Promise<StoredAssessment[]> {
      return db
        .selectFrom('assessments')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('period_start', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
    },

    listAll(): Promise<AssessmentListRow[]> {
      return db
        .selectFrom('assessments')
        .innerJoin('organisations', 'organisations.id', 'assessments.organisation_id')
        .selectAll('assessments')
        .select('organisations.name as organisation_name')
        .orderBy('organisations.name')
        .orderBy('assessments.period_start', 'desc')
        .orderBy('assessments.id')
        .execute();
    },

    async insert(row: StoredAssessment): Promise<void> {
      await db.insertInto('assessments').values(row).execute();
    },

    update(
      id: string,
      changes: Partial<
        Pick<
          StoredAssessment,
          | 'title'
          | 'period_start'
          | 'period_end'
          | 'lead_body'
          | 'state'
          | 'finalised_at'
          | 'finalised_by'
        >
      >,
      updatedAt: string,
    ): Promise<StoredAssessment> {
      return db
        .updateTable('assessments')
        .set((eb) => ({ ...changes, updated_at: updatedAt, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
