import type { Db } from '../db/database.js';
import type { AssessmentTable, PlanItemTable } from '../db/schema.js';

export type PlanItemOutcomeRow = Pick<
  PlanItemTable,
  'id' | 'title' | 'sub_domain_key' | 'status' | 'target_date' | 'target_stage'
>;

/** What progress over cycles reads: plan items of a cycle, and jurisdictions' signed-off cycles. */
export function progressRepository(db: Db) {
  return {
    /** An assessment's plan items, in the order they were planned. */
    planItems(assessmentId: string): Promise<PlanItemOutcomeRow[]> {
      return db
        .selectFrom('plan_items')
        .select(['id', 'title', 'sub_domain_key', 'status', 'target_date', 'target_stage'])
        .where('assessment_id', '=', assessmentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    /** Finalised assessments of the given organisations, newest cycle first within each. */
    finalisedFor(organisationIds: readonly string[]): Promise<AssessmentTable[]> {
      if (organisationIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('assessments')
        .selectAll()
        .where('organisation_id', 'in', organisationIds)
        .where('state', '=', 'finalised')
        .orderBy('period_start', 'desc')
        .orderBy('finalised_at', 'desc')
        .execute();
    },
  };
}
