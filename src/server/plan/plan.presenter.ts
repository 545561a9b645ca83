import type { DraftAction } from '../../domain/assessment/index.js';
import { capabilityOf, type SubDomainKey } from '../../domain/framework/index.js';
import type { PlanItemView, PlanSuggestionView } from '../../domain/plan/plan.schemas.js';
import { stampOf } from '../assessments/stamp.js';
import type { DecisionRow, PlanItemRow } from './plan.repository.js';

export function presentPlanItem(row: PlanItemRow): PlanItemView {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    subDomainKey: row.sub_domain_key,
    capabilityKey: capabilityOf(row.sub_domain_key as SubDomainKey),
    indicatorKeys: JSON.parse(row.indicator_keys) as string[],
    targetStage: row.target_stage,
    ownerBody: row.owner_body,
    contact: row.contact,
    priority: row.priority,
    startDate: row.start_date,
    targetDate: row.target_date,
    status: row.status,
    resourcesNote: row.resources_note,
    fromSuggestion: row.from_suggestion,
    createdAt: row.created_at,
    stamp: stampOf(row),
  };
}

/**
 * A suggestion with what the group did with it: accepted once a plan item came from it (whatever
 * was later decided about it), else dismissed or still open.
 */
export function presentSuggestion(
  action: DraftAction,
  accepted: ReadonlySet<string>,
  decision: DecisionRow | undefined,
): PlanSuggestionView {
  return {
    subDomainKey: action.subDomain,
    capabilityKey: capabilityOf(action.subDomain as SubDomainKey),
    indicatorKey: action.indicator,
    targetStage: action.targetStage,
    reason: action.reason,
    rating: action.rating,
    state: accepted.has(action.indicator) ? 'accepted' : decision?.dismissed ? 'dismissed' : 'open',
    decisionVersion: decision?.version ?? null,
  };
}
