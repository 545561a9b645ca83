import { can, canContributeTo, type Actor } from '../../domain/access/index.js';
import type { SubDomainWorkspace } from '../../domain/assessment/api/index.js';
import { consistencyWarnings, stageCounts, suggestedStage } from '../../domain/assessment/index.js';
import type { Db } from '../db/database.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';
import { requireSubDomain } from './assessment-framework.js';
import { readAssessment } from './assessment-write.js';
import { resultFromRow } from './agreed-result.presenter.js';
import { agreedResultRepository } from './agreed-result.repository.js';
import { presentChange } from './change-log.presenter.js';
import { changeLogRepository } from './change-log.repository.js';
import { presentPost, presentProposal } from './discussion.presenter.js';
import { discussionRepository } from './discussion.repository.js';
import { byIndicator, presentRating, ratingsByKey } from './indicator-rating.presenter.js';
import { indicatorRatingRepository } from './indicator-rating.repository.js';
import { stampOf } from './stamp.js';

/** How many changes the sub-domain page shows, newest first. */
export const HISTORY_LIMIT = 200;

/**
 * Everything the sub-domain page shows: each indicator with its status and evidence, everyone's
 * proposed stage, the discussion, the agreed result beside the suggestion and its warnings, and
 * who changed what and when.
 */
export async function getSubDomainWorkspace(
  db: Db,
  actor: Actor | null,
  ids: { assessmentId: string; subDomainKey: string },
): Promise<SubDomainWorkspace> {
  const { assessmentId } = ids;
  const { actor: viewer, assessment, framework } = await readAssessment(db, actor, assessmentId);
  const subDomain = requireSubDomain(framework, ids.subDomainKey);
  const filter = { subDomainKey: subDomain.key };
  const evidence = evidenceRepository(db);
  const discussion = discussionRepository(db);
  const [ratingRows, links, files, proposals, posts, resultRow, changes] = await Promise.all([
    indicatorRatingRepository(db).list(assessmentId, filter),
    evidence.listLinks(assessmentId, filter).then(byIndicator),
    evidence.listFiles(assessmentId, filter).then(byIndicator),
    discussion.listProposals(assessmentId, subDomain.key),
    discussion.listPosts(assessmentId, subDomain.key),
    agreedResultRepository(db).find(assessmentId, 'sub-domain', subDomain.key),
    changeLogRepository(db).listForSubDomain(assessmentId, subDomain.key, HISTORY_LIMIT),
  ]);
  const ratings = ratingsByKey(ratingRows);
  const ratingRowByKey = new Map(ratingRows.map((row) => [row.indicator_key, row]));
  const result = resultFromRow(resultRow);
  const draft = assessment.state === 'draft';
  const organisationId = assessment.organisation_id;
  return {
    assessmentId,
    subDomainKey: subDomain.key,
    capabilityKey: subDomain.capabilityKey,
    readOnly: !draft,
    canContribute: draft && canContributeTo(viewer, organisationId, subDomain.capabilityKey),
    canAgree: draft && can(viewer, 'assessment.agree', organisationId),
    ratings: subDomain.indicatorKeys.map((key) =>
      presentRating(key, ratingRowByKey.get(key), links.get(key) ?? [], files.get(key) ?? []),
    ),
    proposals: proposals.map(presentProposal),
    posts: posts.map(presentPost),
    result,
    resultStamp: resultRow ? stampOf(resultRow) : null,
    suggestedStage: suggestedStage(subDomain.indicators, ratings),
    stageCounts: stageCounts(subDomain.indicators, ratings),
    warnings: consistencyWarnings(subDomain.indicators, ratings, result),
    history: changes.map(presentChange),
  };
}
