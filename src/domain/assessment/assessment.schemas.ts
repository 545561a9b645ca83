import { z } from 'zod';
import type { StageNumber } from '../framework/mnr-structure.js';

/** A group's rating of one indicator; `unknown` is "don't know". An absent rating is "not yet rated". */
export const INDICATOR_STATUSES = ['met', 'partly-met', 'not-met', 'unknown'] as const;
export const indicatorStatusSchema = z.enum(INDICATOR_STATUSES);
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;

/** Ratings of one assessment keyed by indicator key (`leadership.2.3`); a missing key is unrated. */
export const indicatorRatingsSchema = z.record(z.string(), indicatorStatusSchema);
export type IndicatorRatings = Readonly<Partial<Record<string, IndicatorStatus>>>;

export const STAGE_NUMBERS = [1, 2, 3, 4] as const satisfies readonly StageNumber[];
export const stageNumberSchema = z.literal(STAGE_NUMBERS);

const TEXT_LIMIT = 4000;

/**
 * What the group agreed for a sub-domain (or a capability): a stage with its rationale, not
 * applicable with a reason, or not assessed yet. The rationale may stay empty only while the
 * stage equals the suggestion, which the schema cannot know: see `agreedResultProblems`.
 */
export const agreedResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stage'),
    stage: stageNumberSchema,
    rationale: z.string().trim().max(TEXT_LIMIT).default(''),
  }),
  z.object({
    kind: z.literal('not-applicable'),
    reason: z.string().trim().min(1, 'give the reason this does not apply').max(TEXT_LIMIT),
  }),
  z.object({ kind: z.literal('not-assessed') }),
]);
export type AgreedResult = z.infer<typeof agreedResultSchema>;

/** Agreed results keyed by sub-domain (or capability) key; a missing key is not assessed. */
export type AgreedResults = Readonly<Partial<Record<string, AgreedResult>>>;

/** Where a sub-domain or a capability stands on the assessment overview. */
export const SUB_DOMAIN_STATUSES = [
  'not-started',
  'in-discussion',
  'agreed',
  'not-applicable',
] as const;
export const subDomainStatusSchema = z.enum(SUB_DOMAIN_STATUSES);
export type SubDomainStatus = z.infer<typeof subDomainStatusSchema>;

export const PLAN_ITEM_STATUSES = ['not-started', 'in-progress', 'done', 'blocked'] as const;
export const planItemStatusSchema = z.enum(PLAN_ITEM_STATUSES);
export type PlanItemStatus = z.infer<typeof planItemStatusSchema>;
