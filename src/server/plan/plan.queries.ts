import { can, type Actor } from '../../domain/access/index.js';
import { suggestActions, type DraftAction } from '../../domain/assessment/index.js';
import type { ActionPlanView, PlanItemView } from '../../domain/plan/plan.schemas.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import type { AssessmentFramework } from '../assessments/assessment-framework.js';
import { readAssessment } from '../assessments/assessment-write.js';
import { ratingsByKey } from '../assessments/indicator-rating.presenter.js';
import { indicatorRatingRepository } from '../assessments/indicator-rating.repository.js';
import type { Db } from '../db/database.js';
import { presentPlanItem, presentSuggestion } from './plan.presenter.js';
import { planRepository } from './plan.repository.js';

/**
 * The plan items of an assessment, in the order they were added. No access check: callers
 * (exports, results, comparisons) have already read the assessment for their actor.
 */
export async function planItemsOf(db: Db, assessmentId: string): Promise<PlanItemView[]> {
  return (await planRepository(db).listItems(assessmentId)).map(presentPlanItem);
}

/** Draft actions from the agreed stages and the ratings, as `suggestActions` drafts them. */
async function draftActions(
  db: Db,
  assessmentId: string,
  framework: AssessmentFramework,
): Promise<DraftAction[]> {
  const [ratings, results] = await Promise.all([
    indicatorRatingRepository(db).listStatuses(assessmentId),
    agreedResultRepository(db).list(assessmentId, 'sub-domain'),
  ]);
  return suggestActions(
    framework.subDomains.map((subDomain) => ({
      key: subDomain.key,
      number: subDomain.number,
      ...subDomain.indicators,
    })),
    ratingsByKey(ratings),
    resultsByKey(results, 'sub-domain'),
  );
}

/** The action plan: its items, and the suggestions with what the group did with each. */
export async function getActionPlan(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
): Promise<ActionPlanView> {
  const { actor: reader, assessment, framework } = await readAssessment(db, actor, assessmentId);
  const plan = planRepository(db);
  const [items, decisions, actions] = await Promise.all([
    plan.listItems(assessmentId),
    plan.listDecisions(assessmentId),
    draftActions(db, assessmentId, framework),
  ]);
  const accepted = new Set(items.flatMap((item) => item.from_suggestion ?? []));
  const decisionByKey = new Map(decisions.map((decision) => [decision.indicator_key, decision]));
  return {
    assessmentId,
    canEdit: can(reader, 'assessment.agree', assessment.organisation_id),
    items: items.map(presentPlanItem),
    suggestions: actions.map((action) =>
      presentSuggestion(action, accepted, decisionByKey.get(action.indicator)),
    ),
  };
}

/** One suggestion as it stands now, or undefined when the agreed stages no longer draft it. */
export async function findSuggestion(
  db: Db,
  assessmentId: string,
  framework: AssessmentFramework,
  indicatorKey: string,
) {
  const action = (await draftActions(db, assessmentId, framework)).find(
    (candidate) => candidate.indicator === indicatorKey,
  );
  if (!action) return undefined;
  const plan = planRepository(db);
  const [items, decision] = await Promise.all([
    plan.listItems(assessmentId),
    plan.findDecision(assessmentId, indicatorKey),
  ]);
  const accepted = new Set(items.flatMap((item) => item.from_suggestion ?? []));
  return presentSuggestion(action, accepted, decision);
}
