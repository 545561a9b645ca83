import type { DiscussionPost, ProposalView } from '../../domain/assessment/api/index.js';
import type { PostRow, ProposalRow } from './discussion.repository.js';

export function presentProposal(row: ProposalRow): ProposalView {
  return {
    person: { id: row.user_id, displayName: row.display_name },
    stage: row.stage,
    comment: row.comment,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function presentPost(row: PostRow): DiscussionPost {
  return {
    id: row.id,
    author: { id: row.author_id, displayName: row.display_name },
    body: row.body,
    createdAt: row.created_at,
  };
}
