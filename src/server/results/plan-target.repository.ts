import type { Db } from '../db/database.js';

/** The plan's target stages: what the group means to reach in each sub-domain. */
export function planTargetRepository(db: Db) {
  return {
    /** The highest target stage per sub-domain among the assessment's plan items. */
    async highestBySubDomain(assessmentId: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('plan_items')
        .select(['sub_domain_key'])
        .select((eb) => eb.fn.max('target_stage').as('target_stage'))
        .where('assessment_id', '=', assessmentId)
        .where('target_stage', 'is not', null)
        .groupBy('sub_domain_key')
        .execute();
      // PostgreSQL may answer aggregates as strings.
      return new Map(rows.map((row) => [row.sub_domain_key, Number(row.target_stage)]));
    },
  };
}
