import { z } from 'zod';
import { SUB_DOMAIN_KEYS, type SubDomainKey } from '../framework/mnr-structure.js';
import { planItemStatusSchema, stageNumberSchema } from '../assessment/assessment.schemas.js';
import {
  baseVersionSchema,
  calendarDateTextSchema,
  changeStampSchema,
  longTextSchema,
} from '../assessment/api/common.js';

export const PLAN_PRIORITIES = ['high', 'medium', 'low'] as const;
export const planPrioritySchema = z.enum(PLAN_PRIORITIES);
export type PlanPriority = z.infer<typeof planPrioritySchema>;

export const subDomainKeySchema = z.enum(SUB_DOMAIN_KEYS as [SubDomainKey, ...SubDomainKey[]]);

/** An indicator key such as `leadership.2.3`: sub-domain, stage, index. */
export const indicatorKeySchema = z
  .string()
  .regex(/^[a-z0-9-]+\.[1-4]\.\d+$/, 'not an indicator key such as leadership.2.3');

/**
 * The editable fields of one plan item. Dates are calendar dates; a plan item may be drafted
 * before anyone knows when it starts, so both dates are optional, but a target never precedes
 * the start. Owner body and contact may stay empty while the group has not found an owner.
 */
const planItemFieldsShape = {
  title: z.string().trim().min(1, 'say what is to be done').max(300),
  description: longTextSchema.default(''),
  subDomainKey: subDomainKeySchema,
  indicatorKeys: z.array(indicatorKeySchema).max(50).default([]),
  targetStage: stageNumberSchema.nullable().default(null),
  ownerBody: z.string().trim().max(200).default(''),
  contact: z.string().trim().max(200).default(''),
  priority: planPrioritySchema.default('medium'),
  startDate: calendarDateTextSchema.nullable().default(null),
  targetDate: calendarDateTextSchema.nullable().default(null),
  status: planItemStatusSchema.default('not-started'),
  resourcesNote: longTextSchema.default(''),
};

function datesInOrder(
  value: { startDate: string | null; targetDate: string | null },
  context: z.RefinementCtx,
) {
  if (value.startDate && value.targetDate && value.targetDate < value.startDate) {
    context.addIssue({
      code: 'custom',
      path: ['targetDate'],
      message: 'the target date must be on or after the start date',
    });
  }
}

/** Every indicator linked to a plan item belongs to the item's sub-domain. */
function indicatorsOfSubDomain(
  value: { subDomainKey: string; indicatorKeys: readonly string[] },
  context: z.RefinementCtx,
) {
  value.indicatorKeys.forEach((key, index) => {
    if (!key.startsWith(`${value.subDomainKey}.`)) {
      context.addIssue({
        code: 'custom',
        path: ['indicatorKeys', index],
        message: `indicator ${key} is not in sub-domain ${value.subDomainKey}`,
      });
    }
  });
}

export const planItemFieldsSchema = z
  .object(planItemFieldsShape)
  .superRefine(datesInOrder)
  .superRefine(indicatorsOfSubDomain);

/**
 * POST /api/assessments/:assessmentId/plan-items. `fromSuggestion` names the suggested
 * indicator the item was accepted from (edited or not), so the suggestion is no longer offered.
 */
export const createPlanItemSchema = z
  .object({ ...planItemFieldsShape, fromSuggestion: indicatorKeySchema.nullable().default(null) })
  .superRefine(datesInOrder)
  .superRefine(indicatorsOfSubDomain);

/** PUT /api/assessments/:assessmentId/plan-items/:planItemId; stale versions get 409 with the current item. */
export const updatePlanItemSchema = z
  .object({ version: z.number().int().min(1), ...planItemFieldsShape })
  .superRefine(datesInOrder)
  .superRefine(indicatorsOfSubDomain);

/** DELETE /api/assessments/:assessmentId/plan-items/:planItemId carries the version it saw. */
export const deletePlanItemSchema = z.object({ version: z.number().int().min(1) });

export const planItemViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  subDomainKey: z.string(),
  capabilityKey: z.string(),
  indicatorKeys: z.array(z.string()),
  targetStage: z.number().int().min(1).max(4).nullable(),
  ownerBody: z.string(),
  contact: z.string(),
  priority: planPrioritySchema,
  startDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  status: planItemStatusSchema,
  resourcesNote: z.string(),
  fromSuggestion: z.string().nullable(),
  createdAt: z.string(),
  stamp: changeStampSchema,
});

export const SUGGESTION_STATES = ['open', 'accepted', 'dismissed'] as const;

/** A draft action from `suggestActions`, with what the group did with it. */
export const planSuggestionViewSchema = z.object({
  subDomainKey: z.string(),
  capabilityKey: z.string(),
  indicatorKey: z.string(),
  targetStage: z.number().int().min(1).max(4),
  reason: z.enum(['next-stage', 'gap-below']),
  rating: z.enum(['partly-met', 'not-met', 'unknown', 'unrated']),
  state: z.enum(SUGGESTION_STATES),
  /** The version of the dismiss / offer-again decision, the base of the next one; null when none. */
  decisionVersion: z.number().int().min(1).nullable(),
});

/** GET /api/assessments/:assessmentId/plan */
export const actionPlanViewSchema = z.object({
  assessmentId: z.string(),
  /** Plan items stay editable after finalisation: the plan is followed up until the next cycle. */
  canEdit: z.boolean(),
  items: z.array(planItemViewSchema),
  suggestions: z.array(planSuggestionViewSchema),
});

/**
 * PUT /api/assessments/:assessmentId/plan-suggestions/:indicatorKey: dismiss a suggestion or
 * offer it again. `version` is that of the earlier decision, null when there was none.
 */
export const putSuggestionDecisionSchema = z.object({
  version: baseVersionSchema,
  dismissed: z.boolean(),
});

export type PlanItemFields = z.infer<typeof planItemFieldsSchema>;
export type CreatePlanItem = z.infer<typeof createPlanItemSchema>;
export type UpdatePlanItem = z.infer<typeof updatePlanItemSchema>;
export type PlanItemView = z.infer<typeof planItemViewSchema>;
export type PlanSuggestionView = z.infer<typeof planSuggestionViewSchema>;
export type ActionPlanView = z.infer<typeof actionPlanViewSchema>;
export type PutSuggestionDecision = z.infer<typeof putSuggestionDecisionSchema>;
