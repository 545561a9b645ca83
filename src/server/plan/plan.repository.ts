import type { Db } from '../db/database.js';
import type { PlanItemTable, PlanSuggestionDecisionTable } from '../db/schema.js';

export type StoredPlanItem = PlanItemTable;
export type PlanItemRow = StoredPlanItem & { updated_by_name: string };
export type StoredDecision = PlanSuggestionDecisionTable;
export type DecisionRow = StoredDecision & { updated_by_name: string };

export type PlanItemChanges = Omit<
  StoredPlanItem,
  'id' | 'assessment_id' | 'created_at' | 'version'
>;

export function planRepository(db: Db) {
  const items = () =>
    db
      .selectFrom('plan_items')
      .innerJoin('users', 'users.id', 'plan_items.updated_by')
      .selectAll('plan_items')
      .select('users.display_name as updated_by_name');
  const decisions = (assessmentId: string) =>
    db
      .selectFrom('plan_suggestion_decisions')
      .innerJoin('users', 'users.id', 'plan_suggestion_decisions.updated_by')
      .selectAll('plan_suggestion_decisions')
      .select('users.display_name as updated_by_name')
      .where('plan_suggestion_decisions.assessment_id', '=', assessmentId);

  return {
    /** In the order they were added, so the plan reads the same way for everyone. */
    listItems(assessmentId: string): Promise<PlanItemRow[]> {
      return items()
        .where('plan_items.assessment_id', '=', assessmentId)
        .orderBy('plan_items.created_at')
        .orderBy('plan_items.id')
        .execute();
    },

    findItem(assessmentId: string, id: string): Promise<PlanItemRow | undefined> {
      return items()
        .where('plan_items.assessment_id', '=', assessmentId)
        .where('plan_items.id', '=', id)
        .executeTakeFirst();
    },

    async insertItem(row: StoredPlanItem): Promise<void> {
      await db.insertInto('plan_items').values(row).execute();
    },

    updateItem(id: string, changes: PlanItemChanges): Promise<StoredPlanItem> {
      return db
        .updateTable('plan_items')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async deleteItem(id: string): Promise<void> {
      await db.deleteFrom('plan_items').where('id', '=', id).execute();
    },

    listDecisions(assessmentId: string): Promise<DecisionRow[]> {
      return decisions(assessmentId).execute();
    },

    findDecision(assessmentId: string, indicatorKey: string): Promise<DecisionRow | undefined> {
      return decisions(assessmentId)
        .where('plan_suggestion_decisions.indicator_key', '=', indicatorKey)
        .executeTakeFirst();
    },

    async insertDecision(row: StoredDecision): Promise<void> {
      await db.insertInto('plan_suggestion_decisions').values(row).execute();
    },

    updateDecision(
      id: string,
      changes: Pick<StoredDecision, 'dismissed' | 'updated_by' | 'updated_at'>,
    ): Promise<StoredDecision> {
      return db
        .updateTable('plan_suggestion_decisions')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
