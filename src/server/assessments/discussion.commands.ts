import { randomUUID } from 'node:crypto';
import type {
  AddDiscussionPost,
  DiscussionPost,
  ProposalView,
  PutProposal,
} from '../../domain/assessment/api/index.js';
import { newRecordFields } from '../shared/records.js';
import { requireContributionScope } from './assessment-access.js';
import { requireSubDomain } from './assessment-framework.js';
import {
  writeAssessment,
  type AssessmentTransaction,
  type WriteContext,
} from './assessment-write.js';
import { requireBaseVersion } from './base-version.js';
import { presentPost, presentProposal } from './discussion.presenter.js';
import {
  discussionRepository,
  type ProposalRow,
  type StoredProposal,
} from './discussion.repository.js';

function proposalFields({ display_name: _name, ...proposal }: ProposalRow): StoredProposal {
  return proposal;
}

export type SubDomainIds = { assessmentId: string; subDomainKey: string };

function requireSubDomainContributor(tx: AssessmentTransaction, subDomainKey: string) {
  const subDomain = requireSubDomain(tx.framework, subDomainKey);
  requireContributionScope(tx.actor, tx.assessment.organisation_id, subDomain.capabilityKey);
  return subDomain;
}

/** The caller's own proposed stage for a sub-domain; everyone's stand side by side. */
export function putProposal(
  context: WriteContext,
  { assessmentId, subDomainKey }: SubDomainIds,
  input: PutProposal,
): Promise<ProposalView> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    requireSubDomainContributor(tx, subDomainKey);
    const discussion = discussionRepository(tx.trx);
    const userId = tx.actor.userId;
    const before = await discussion.findProposal(assessmentId, subDomainKey, userId);
    await requireBaseVersion(
      before && { version: before.version, name: 'you (in another window or device)' },
      input.version,
      `Your proposal for ${subDomainKey}`,
      async () => (before ? presentProposal(before) : null),
    );
    let after: StoredProposal;
    if (before) {
      after = await discussion.updateProposal(before.id, {
        stage: input.stage,
        comment: input.comment,
        updated_at: tx.now.toISOString(),
      });
    } else {
      after = {
        ...newRecordFields(tx.now),
        assessment_id: assessmentId,
        sub_domain_key: subDomainKey,
        user_id: userId,
        stage: input.stage,
        comment: input.comment,
      };
      await discussion.insertProposal(after);
    }
    await tx.record({
      action: before ? 'stage-proposal.update' : 'stage-proposal.create',
      entityType: 'stage_proposal',
      entityId: after.id,
      before: before && proposalFields(before),
      after,
      subDomainKey,
      subject: 'proposal',
      summary: { stage: after.stage, previousStage: before?.stage ?? null },
      kind: 'proposal',
      key: null,
    });
    const view = await discussion.findProposal(assessmentId, subDomainKey, userId);
    if (!view) throw new Error(`proposal ${after.id} vanished inside its transaction`);
    return presentProposal(view);
  });
}

export function addDiscussionPost(
  context: WriteContext,
  { assessmentId, subDomainKey }: SubDomainIds,
  input: AddDiscussionPost,
): Promise<DiscussionPost> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    requireSubDomainContributor(tx, subDomainKey);
    const post = {
      id: randomUUID(),
      assessment_id: assessmentId,
      sub_domain_key: subDomainKey,
      author_id: tx.actor.userId,
      body: input.body,
      created_at: tx.now.toISOString(),
    };
    await discussionRepository(tx.trx).insertPost(post);
    await tx.record({
      action: 'discussion-post.create',
      entityType: 'discussion_post',
      entityId: post.id,
      after: post,
      subDomainKey,
      subject: 'post',
      summary: { postId: post.id },
      kind: 'post',
      key: null,
    });
    const row = await discussionRepository(tx.trx).findPost(assessmentId, post.id);
    if (!row) throw new Error(`post ${post.id} vanished inside its transaction`);
    return presentPost(row);
  });
}
