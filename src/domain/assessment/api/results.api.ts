import { z } from 'zod';
import { agreedResultSchema } from '../assessment.schemas.js';
import { assessmentSummarySchema, enablerNoteViewSchema } from './assessment.api.js';
import { stageCountSchema } from './sub-domain.api.js';

const stageField = z.number().int().min(1).max(4);

/** How many sub-domains (or capabilities) sit at each stage, and how many have none. */
export const stageTotalsSchema = z.object({
  stages: z.array(z.object({ stage: stageField, count: z.number().int() })),
  notApplicable: z.number().int(),
  notAssessed: z.number().int(),
});

export const resultsSubDomainSchema = z.object({
  key: z.string(),
  number: z.number().int(),
  capabilityKey: z.string(),
  result: agreedResultSchema,
  suggestedStage: z.number().int().min(0).max(4),
  /** Indicators met per stage, all four stages (`stageCounts`). */
  stageCounts: z.array(stageCountSchema),
  /** The highest target stage of this sub-domain's plan items, or null without one. */
  targetStage: stageField.nullable(),
  warnings: z.number().int(),
});

export const resultsCapabilitySchema = z.object({
  key: z.string(),
  result: agreedResultSchema,
  /** The framework's roll-up of its sub-domains; null while one that applies is not agreed. */
  suggestedStage: stageField.nullable(),
  spread: z.object({ min: stageField.nullable(), max: stageField.nullable() }),
  notAssessed: z.number().int(),
  notApplicable: z.number().int(),
  targetStage: stageField.nullable(),
});

export const strengthSchema = z.object({ subDomain: z.string(), stage: stageField });

export const gapSchema = z.object({
  subDomain: z.string(),
  stage: stageField,
  reasons: z.array(z.enum(['lowest-stage', 'unmet-lower-stage'])),
  unmet: z.array(
    z.object({
      indicator: z.string(),
      stage: stageField,
      rating: z.enum(['partly-met', 'not-met', 'unknown', 'unrated']),
    }),
  ),
});

export const interdependencyFlagSchema = z.object({
  subDomain: z.string(),
  stage: stageField,
  dependsOn: z.string(),
  dependencyStage: stageField,
  gap: z.number().int(),
});

/** GET /api/assessments/:assessmentId/results */
export const resultsSummarySchema = z.object({
  assessment: assessmentSummarySchema,
  organisationName: z.string(),
  subDomains: z.array(resultsSubDomainSchema),
  capabilities: z.array(resultsCapabilitySchema),
  subDomainTotals: stageTotalsSchema,
  /** The lowest agreed sub-domain stage, or null while none is agreed. */
  lowestStage: stageField.nullable(),
  strengths: z.array(strengthSchema),
  gaps: z.array(gapSchema),
  interdependencyFlags: z.array(interdependencyFlagSchema),
  enablers: z.array(enablerNoteViewSchema),
  warnings: z.object({
    total: z.number().int(),
    subDomains: z.number().int(),
    agreedAboveSuggestion: z.number().int(),
    unmetAtOrBelowAgreed: z.number().int(),
    nextStageMet: z.number().int(),
  }),
});

export type ResultsSummary = z.infer<typeof resultsSummarySchema>;
export type StageTotals = z.infer<typeof stageTotalsSchema>;
