import type { Db } from '../db/database.js';
import type { IndicatorRatingTable, PlanItemTable, SubmissionTable } from '../db/schema.js';

export type StoredSubmission = SubmissionTable;

/** A submission with the names of who made and who withdrew it. */
export type SubmissionRow = StoredSubmission & {
  created_by_name: string;
  withdrawn_by_name: string | null;
};

/** What this instance's organisations shared, each kept exactly as signed. */
export function submissionRepository(db: Db) {
  const rows = () =>
    db
      .selectFrom('submissions')
      .innerJoin('users as creator', 'creator.id', 'submissions.created_by')
      .leftJoin('users as withdrawer', 'withdrawer.id', 'submissions.withdrawn_by')
      .selectAll('submissions')
      .select([
        'creator.display_name as created_by_name',
        'withdrawer.display_name as withdrawn_by_name',
      ]);

  return {
    find(assessmentId: string, id: string): Promise<SubmissionRow | undefined> {
      return rows()
        .where('submissions.assessment_id', '=', assessmentId)
        .where('submissions.id', '=', id)
        .executeTakeFirst();
    },

    /** Newest first. */
    listForAssessment(assessmentId: string): Promise<SubmissionRow[]> {
      return rows()
        .where('submissions.assessment_id', '=', assessmentId)
        .orderBy('submissions.created_at', 'desc')
        .orderBy('submissions.id')
        .execute();
    },

    /** Every submission of an organisation, of all its assessments. */
    listForOrganisation(organisationId: string): Promise<StoredSubmission[]> {
      return db
        .selectFrom('submissions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .execute();
    },

    async insert(row: StoredSubmission): Promise<void> {
      await db.insertInto('submissions').values(row).execute();
    },

    async update(
      id: string,
      changes: Partial<
        Pick<StoredSubmission, 'sent_at' | 'sent_to' | 'withdrawn_at' | 'withdrawn_by'>
      >,
    ): Promise<void> {
      await db
        .updateTable('submissions')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },
  };
}

/** What a submission is made from, beyond the assessment's agreed results. */
export function submissionSourceRepository(db: Db) {
  return {
    indicatorStatuses(
      assessmentId: string,
    ): Promise<Pick<IndicatorRatingTable, 'sub_domain_key' | 'indicator_key' | 'status'>[]> {
      return db
        .selectFrom('indicator_ratings')
        .select(['sub_domain_key', 'indicator_key', 'status'])
        .where('assessment_id', '=', assessmentId)
        .orderBy('indicator_key')
        .execute();
    },

    planItems(assessmentId: string): Promise<Pick<PlanItemTable, 'sub_domain_key' | 'status'>[]> {
      return db
        .selectFrom('plan_items')
        .select(['sub_domain_key', 'status'])
        .where('assessment_id', '=', assessmentId)
        .execute();
    },
  };
}
