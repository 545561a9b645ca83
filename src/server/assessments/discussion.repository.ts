import type { Db } from '../db/database.js';
import type { DiscussionPostTable, StageProposalTable } from '../db/schema.js';

export type StoredProposal = StageProposalTable;
export type ProposalRow = StoredProposal & { display_name: string };
export type StoredPost = DiscussionPostTable;
export type PostRow = StoredPost & { display_name: string };
export type CountRow = { sub_domain_key: string; count: number };

/** Each person's proposed stage for a sub-domain, and the discussion thread beside them. */
export function discussionRepository(db: Db) {
  const proposals = (assessmentId: string, subDomainKey: string) =>
    db
      .selectFrom('stage_proposals')
      .innerJoin('users', 'users.id', 'stage_proposals.user_id')
      .selectAll('stage_proposals')
      .select('users.display_name')
      .where('stage_proposals.assessment_id', '=', assessmentId)
      .where('stage_proposals.sub_domain_key', '=', subDomainKey);

  const posts = (assessmentId: string) =>
    db
      .selectFrom('discussion_posts')
      .innerJoin('users', 'users.id', 'discussion_posts.author_id')
      .selectAll('discussion_posts')
      .select('users.display_name')
      .where('discussion_posts.assessment_id', '=', assessmentId);

  return {
    findProposal(
      assessmentId: string,
      subDomainKey: string,
      userId: string,
    ): Promise<ProposalRow | undefined> {
      return proposals(assessmentId, subDomainKey)
        .where('stage_proposals.user_id', '=', userId)
        .executeTakeFirst();
    },

    listProposals(assessmentId: string, subDomainKey: string): Promise<ProposalRow[]> {
      return proposals(assessmentId, subDomainKey)
        .orderBy('stage_proposals.created_at')
        .orderBy('stage_proposals.id')
        .execute();
    },

    async insertProposal(row: StoredProposal): Promise<void> {
      await db.insertInto('stage_proposals').values(row).execute();
    },

    updateProposal(
      id: string,
      changes: Pick<StoredProposal, 'stage' | 'comment' | 'updated_at'>,
    ): Promise<StoredProposal> {
      return db
        .updateTable('stage_proposals')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    findPost(assessmentId: string, id: string): Promise<PostRow | undefined> {
      return posts(assessmentId).where('discussion_posts.id', '=', id).executeTakeFirst();
    },

    /** Oldest first, as a thread reads. */
    listPosts(assessmentId: string, subDomainKey: string): Promise<PostRow[]> {
      return posts(assessmentId)
        .where('discussion_posts.sub_domain_key', '=', subDomainKey)
        .orderBy('discussion_posts.created_at')
        .orderBy('discussion_posts.id')
        .execute();
    },

    async insertPost(row: StoredPost): Promise<void> {
      await db.insertInto('discussion_posts').values(row).execute();
    },

    countProposals(assessmentId: string): Promise<CountRow[]> {
      return db
        .selectFrom('stage_proposals')
        .select(['sub_domain_key', (eb) => eb.fn.countAll<number>().as('count')])
        .where('assessment_id', '=', assessmentId)
        .groupBy('sub_domain_key')
        .execute();
    },

    countPosts(assessmentId: string): Promise<CountRow[]> {
      return db
        .selectFrom('discussion_posts')
        .select(['sub_domain_key', (eb) => eb.fn.countAll<number>().as('count')])
        .where('assessment_id', '=', assessmentId)
        .groupBy('sub_domain_key')
        .execute();
    },
  };
}
