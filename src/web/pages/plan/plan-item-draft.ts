import type { z } from 'zod';
import type { PlanItemStatus } from '../../../domain/assessment/index.js';
import type { StageNumber, SubDomainKey } from '../../../domain/framework/index.js';
import type {
  planItemFieldsSchema,
  PlanItemView,
  PlanPriority,
  PlanSuggestionView,
} from '../../../domain/plan/plan.schemas.js';

/** A plan item as the form holds it: every field as text or a list, empty when not given. */
export type PlanItemDraft = {
  title: string;
  description: string;
  subDomainKey: string;
  indicatorKeys: string[];
  targetStage: string;
  ownerBody: string;
  contact: string;
  priority: PlanPriority;
  startDate: string;
  targetDate: string;
  status: PlanItemStatus;
  resourcesNote: string;
};

export const PLAN_ITEM_FIELDS = [
  'title',
  'subDomainKey',
  'indicatorKeys',
  'targetStage',
  'ownerBody',
  'contact',
  'priority',
  'status',
  'startDate',
  'targetDate',
  'description',
  'resourcesNote',
] as const;

export function emptyDraft(subDomainKey: string): PlanItemDraft {
  return {
    title: '',
    description: '',
    subDomainKey,
    indicatorKeys: [],
    targetStage: '',
    ownerBody: '',
    contact: '',
    priority: 'medium',
    startDate: '',
    targetDate: '',
    status: 'not-started',
    resourcesNote: '',
  };
}

/** Accepting a suggestion starts from it: its indicator's text, sub-domain and stage. */
export function draftFromSuggestion(
  suggestion: PlanSuggestionView,
  indicatorText: string,
): PlanItemDraft {
  return {
    ...emptyDraft(suggestion.subDomainKey),
    title: indicatorText.slice(0, 300),
    indicatorKeys: [suggestion.indicatorKey],
    targetStage: String(suggestion.targetStage),
  };
}

export function draftOf(item: PlanItemView): PlanItemDraft {
  return {
    title: item.title,
    description: item.description,
    subDomainKey: item.subDomainKey,
    indicatorKeys: item.indicatorKeys,
    targetStage: item.targetStage === null ? '' : String(item.targetStage),
    ownerBody: item.ownerBody,
    contact: item.contact,
    priority: item.priority,
    startDate: item.startDate ?? '',
    targetDate: item.targetDate ?? '',
    status: item.status,
    resourcesNote: item.resourcesNote,
  };
}

/**
 * The draft as the API takes it: empty dates and stage become null. The keys and the stage are
 * only typed here; the schema checks them before anything is sent.
 */
export function fieldsOf(draft: PlanItemDraft): z.input<typeof planItemFieldsSchema> {
  return {
    ...draft,
    subDomainKey: draft.subDomainKey as SubDomainKey,
    targetStage: draft.targetStage === '' ? null : (Number(draft.targetStage) as StageNumber),
    startDate: draft.startDate === '' ? null : draft.startDate,
    targetDate: draft.targetDate === '' ? null : draft.targetDate,
  };
}
