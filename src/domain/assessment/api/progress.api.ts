import { z } from 'zod';
import {
  PLAN_ITEM_STATUSES,
  agreedResultSchema,
  planItemStatusSchema,
} from '../assessment.schemas.js';
import { stageTotalsSchema } from './results.api.js';

const stageField = z.number().int().min(1).max(4);
const resultKindSchema = z.enum(['stage', 'not-applicable', 'not-assessed']);

/** One cycle on GET /api/organisations/:organisationId/progress, oldest first. */
export const progressCycleSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  state: z.enum(['draft', 'finalised']),
  finalisedAt: z.string().nullable(),
  /** The newest draft: the cycle under way. */
  current: z.boolean(),
  subDomains: z.array(z.object({ key: z.string(), result: agreedResultSchema })),
  capabilities: z.array(z.object({ key: z.string(), result: agreedResultSchema })),
  subDomainTotals: stageTotalsSchema,
});

/** GET /api/organisations/:organisationId/progress */
export const organisationProgressSchema = z.object({
  organisationId: z.string(),
  cycles: z.array(progressCycleSchema),
  /** The calendar date of the last sign-off, or null before the first. */
  lastFinalised: z.string().nullable(),
  reassessmentMonths: z.number().int(),
  nextDue: z.string().nullable(),
  overdue: z.boolean(),
});

const stageChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    key: z.string(),
    kind: z.literal('compared'),
    earlier: stageField,
    later: stageField,
    delta: z.number().int(),
  }),
  z.object({
    key: z.string(),
    kind: z.literal('not-comparable'),
    earlier: resultKindSchema,
    later: resultKindSchema,
    /** The stage on the side that has one, so the page can still show it. */
    earlierStage: stageField.nullable(),
    laterStage: stageField.nullable(),
  }),
]);

const changeSummarySchema = z.object({
  improved: z.number().int(),
  unchanged: z.number().int(),
  declined: z.number().int(),
  notComparable: z.number().int(),
  netChange: z.number().int(),
});

export const comparedPlanItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  subDomainKey: z.string(),
  status: planItemStatusSchema,
  targetDate: z.string().nullable(),
  targetStage: stageField.nullable(),
});

const cycleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  state: z.enum(['draft', 'finalised']),
});

/** GET /api/organisations/:organisationId/comparison?earlier=ID&later=ID */
export const cycleComparisonSchema = z.object({
  earlier: cycleRefSchema,
  later: cycleRefSchema,
  subDomains: z.array(stageChangeSchema),
  capabilities: z.array(stageChangeSchema),
  subDomainSummary: changeSummarySchema,
  capabilitySummary: changeSummarySchema,
  /** What became of the earlier cycle's plan items (`planOutcome`), by status. */
  plan: z.object({
    total: z.number().int(),
    percentDone: z.number().int(),
    groups: z.array(
      z.object({
        status: z.enum(PLAN_ITEM_STATUSES),
        items: z.array(comparedPlanItemSchema),
      }),
    ),
  }),
});

export const comparisonQuerySchema = z.object({
  earlier: z.string().min(1, 'choose the earlier assessment').max(36),
  later: z.string().min(1, 'choose the later assessment').max(36),
});

export const stageDistributionSchema = z.object({
  key: z.string(),
  min: stageField.nullable(),
  /** The two middle stages; equal when an odd number of jurisdictions agreed a stage. */
  medianLow: stageField.nullable(),
  medianHigh: stageField.nullable(),
  max: stageField.nullable(),
  counts: z.array(z.object({ stage: stageField, count: z.number().int() })),
  notApplicable: z.number().int(),
  notAssessed: z.number().int(),
  noAssessment: z.number().int(),
});

/** GET /api/organisations/:organisationId/national-view (a federal country's national organisation) */
export const nationalViewSchema = z.object({
  organisationId: z.string(),
  jurisdictions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Its latest finalised assessment, or null when it has none. */
      assessment: cycleRefSchema.extend({ finalisedAt: z.string().nullable() }).nullable(),
    }),
  ),
  subDomains: z.array(stageDistributionSchema),
  capabilities: z.array(stageDistributionSchema),
});

export type OrganisationProgress = z.infer<typeof organisationProgressSchema>;
export type ProgressCycle = z.infer<typeof progressCycleSchema>;
export type CycleComparisonView = z.infer<typeof cycleComparisonSchema>;
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;
export type NationalView = z.infer<typeof nationalViewSchema>;
export type StageDistributionView = z.infer<typeof stageDistributionSchema>;
