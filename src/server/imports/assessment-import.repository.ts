import type { Db } from '../db/database.js';
import type { PlanItemTable, PlanSuggestionDecisionTable } from '../db/schema.js';

/** The action plan part of an imported assessment, written in the import's transaction. */
export function assessmentImportRepository(db: Db) {
  return {
    async insertPlanItems(rows: readonly PlanItemTable[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('plan_items')
          .values([...rows])
          .execute();
    },

    async insertSuggestionDecisions(rows: readonly PlanSuggestionDecisionTable[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('plan_suggestion_decisions')
          .values([...rows])
          .execute();
    },
  };
}
