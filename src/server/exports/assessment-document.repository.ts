import type { Db } from '../db/database.js';

/**
 * What an assessment document needs beyond the assessment's own repositories: its action plan
 * and the suggestions dismissed from it, and the contributions of individuals.
 */
export function assessmentDocumentRepository(db: Db) {
  return {
    /** In the order they were added. */
    planItems(assessmentId: string) {
      return db
        .selectFrom('plan_items')
        .selectAll()
        .where('assessment_id', '=', assessmentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async dismissedSuggestions(assessmentId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('plan_suggestion_decisions')
        .select('indicator_key')
        .where('assessment_id', '=', assessmentId)
        .where('dismissed', '=', 1)
        .execute();
      return rows.map((row) => row.indicator_key);
    },

    participants(organisationId: string) {
      return db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['users.display_name', 'memberships.role', 'memberships.capability_scope'])
        .where('memberships.organisation_id', '=', organisationId)
        .orderBy('users.display_name')
        .orderBy('memberships.id')
        .execute();
    },

    proposals(assessmentId: string) {
      return db
        .selectFrom('stage_proposals')
        .innerJoin('users', 'users.id', 'stage_proposals.user_id')
        .select([
          'stage_proposals.sub_domain_key',
          'users.display_name',
          'stage_proposals.stage',
          'stage_proposals.comment',
        ])
        .where('stage_proposals.assessment_id', '=', assessmentId)
        .orderBy('stage_proposals.created_at')
        .orderBy('stage_proposals.id')
        .execute();
    },

    discussion(assessmentId: string) {
      return db
        .selectFrom('discussion_posts')
        .innerJoin('users', 'users.id', 'discussion_posts.author_id')
        .select([
          'discussion_posts.sub_domain_key',
          'users.display_name',
          'discussion_posts.created_at',
          'discussion_posts.body',
        ])
        .where('discussion_posts.assessment_id', '=', assessmentId)
        .orderBy('discussion_posts.created_at')
        .orderBy('discussion_posts.id')
        .execute();
    },
  };
}
