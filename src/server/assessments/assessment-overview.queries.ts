import type { Actor } from '../../domain/access/index.js';
import type { AssessmentOverview } from '../../domain/assessment/api/index.js';
import {
  completionGuide,
  resultOf,
  rollUpCapabilities,
  subDomainStatus,
  suggestedStage,
} from '../../domain/assessment/index.js';
import { CAPABILITY_KEYS } from '../../domain/framework/index.js';
import { sharesWithAlliance } from '../../domain/sharing/index.js';
import type { Db } from '../db/database.js';
import { inviteRepository } from '../invites/invite.repository.js';
import { scopeFromColumn } from '../organisations/capability-scope.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { presentSummary, permissionsFor, progressOf } from './assessment.presenter.js';
import { readAssessment } from './assessment-write.js';
import { resultsByKey } from './agreed-result.presenter.js';
import { agreedResultRepository } from './agreed-result.repository.js';
import { discussionRepository, type CountRow } from './discussion.repository.js';
import { presentEnablerNote } from './enabler-note.presenter.js';
import { enablerNoteRepository } from './enabler-note.repository.js';
import { ratingsByKey } from './indicator-rating.presenter.js';
import { indicatorRatingRepository } from './indicator-rating.repository.js';
import { stampOf } from './stamp.js';

function countsByKey(rows: readonly CountRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.sub_domain_key, Number(row.count)]));
}

async function planItemCount(db: Db, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_items')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** A submission the lead has not withdrawn completes the sharing step. */
async function sharingDecision(db: Db, assessmentId: string): Promise<'undecided' | 'submitted'> {
  const held = await db
    .selectFrom('submissions')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return held ? 'submitted' : 'undecided';
}

/** The whole assessment at a glance: every sub-domain and capability, progress and the guide. */
export async function getAssessmentOverview(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  now: Date,
): Promise<AssessmentOverview> {
  const { actor: viewer, assessment, framework } = await readAssessment(db, actor, assessmentId);
  const discussion = discussionRepository(db);
  const [
    organisation,
    ratingRows,
    resultRows,
    proposals,
    posts,
    members,
    openInvitations,
    notes,
    planItems,
    sharing,
  ] = await Promise.all([
    organisationRepository(db).findById(assessment.organisation_id),
    indicatorRatingRepository(db).listStatuses(assessmentId),
    agreedResultRepository(db).list(assessmentId),
    discussion.countProposals(assessmentId).then(countsByKey),
    discussion.countPosts(assessmentId).then(countsByKey),
    membershipRepository(db).listForOrganisation(assessment.organisation_id),
    inviteRepository(db).countPending(assessment.organisation_id, now.toISOString()),
    enablerNoteRepository(db).list(assessmentId),
    planItemCount(db, assessmentId),
    sharingDecision(db, assessmentId),
  ]);

  const ratings = ratingsByKey(ratingRows);
  const rated = new Map<string, number>();
  for (const row of ratingRows) {
    if (row.status) rated.set(row.sub_domain_key, (rated.get(row.sub_domain_key) ?? 0) + 1);
  }
  const started = new Set(
    framework.subDomains
      .map((subDomain) => subDomain.key)
      .filter((key) => rated.has(key) || proposals.has(key) || posts.has(key)),
  );
  const subDomainResults = resultsByKey(resultRows, 'sub-domain');
  const capabilityResults = resultsByKey(resultRows, 'capability');
  const capabilityRows = new Map(
    resultRows.filter((row) => row.scope === 'capability').map((row) => [row.subject_key, row]),
  );
  const rollUps = rollUpCapabilities(subDomainResults, framework.rollUp);
  const progress = progressOf(subDomainResults, capabilityResults, started);
  const indicatorsRated = [...rated.values()].reduce((sum, count) => sum + count, 0);
  const shares = organisation ? sharesWithAlliance(organisation.kind) : false;
  const guide = completionGuide({
    detailsComplete: Boolean(assessment.title && assessment.lead_body && assessment.period_start),
    members: members.length,
    openInvitations,
    indicatorsRated,
    indicatorsTotal: framework.indicatorTotal,
    itemsDecided: progress.done,
    itemsTotal: progress.total,
    planItems,
    sharing: shares ? sharing : 'not-applicable',
  });
  const notesByKey = new Map(notes.map((note) => [note.enabler_key, note]));

  return {
    assessment: presentSummary(assessment, progress.percent),
    organisationName: organisation?.name ?? '',
    sharesWithAlliance: shares,
    permissions: permissionsFor(viewer, assessment),
    subDomains: framework.subDomains.map((subDomain) => {
      const result = resultOf(subDomainResults, subDomain.key);
      return {
        key: subDomain.key,
        number: subDomain.number,
        capabilityKey: subDomain.capabilityKey,
        status: subDomainStatus(result, started.has(subDomain.key)),
        result,
        suggestedStage: suggestedStage(subDomain.indicators, ratings),
        indicatorsRated: rated.get(subDomain.key) ?? 0,
        indicatorsTotal: subDomain.indicatorKeys.length,
        proposals: proposals.get(subDomain.key) ?? 0,
      };
    }),
    capabilities: CAPABILITY_KEYS.map((key) => {
      const rollUp = rollUps[key];
      const row = capabilityRows.get(key);
      return {
        key,
        result: resultOf(capabilityResults, key),
        suggestedStage: rollUp.suggestedStage ?? null,
        spread: { min: rollUp.spread.min ?? null, max: rollUp.spread.max ?? null },
        stamp: row ? stampOf(row) : null,
      };
    }),
    progress: { done: progress.done, total: progress.total, percent: progress.percent },
    guide: { steps: guide.steps, currentStep: guide.currentStep ?? null },
    participants: members.map((member) => ({
      userId: member.user_id,
      displayName: member.display_name,
      role: member.role,
      capabilityScope: scopeFromColumn(member.capability_scope),
    })),
    enablers: framework.enablerKeys.map((key) => presentEnablerNote(key, notesByKey.get(key))),
  };
}
