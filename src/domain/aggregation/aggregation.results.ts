import { z } from 'zod';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../framework/mnr-structure.js';
import { dimensionSchema, sharedResultSchema } from './aggregation.schemas.js';

/**
 * What aggregation publishes. Nothing here can carry a country's identity: rows are regions,
 * income groups, systems or cycles, and every number is a count of countries or a change in one.
 */

/** A count of distinct countries, or a count withheld because it could identify them. */
export const cellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('suppressed') }),
]);
export type Cell = z.infer<typeof cellSchema>;

/** One group's countries by stage, in the order of `columns`, and how many there are in all. */
export const distributionRowSchema = z.object({
  group: z.string(),
  cells: z.array(cellSchema),
  total: cellSchema,
});
export type DistributionRow = z.infer<typeof distributionRowSchema>;

const distributionTableSchema = z.object({
  rows: z.array(distributionRowSchema),
  columnTotals: z.array(cellSchema),
  grandTotal: cellSchema,
});

export const stageDistributionsSchema = z.object({
  by: dimensionSchema,
  k: z.number().int(),
  /** Stages 1 to 4, then not applicable. */
  columns: z.array(sharedResultSchema),
  /** Distinct countries among the submissions. */
  countries: cellSchema,
  subDomains: z.array(distributionTableSchema.extend({ item: z.enum(SUB_DOMAIN_KEYS) })),
  capabilities: z.array(distributionTableSchema.extend({ item: z.enum(CAPABILITY_KEYS) })),
});
export type StageDistributions = z.infer<typeof stageDistributionsSchema>;
export type DistributionTable = z.infer<typeof distributionTableSchema>;

/** A change in a count between two cycles, withheld if either count was. */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change'), value: z.number().int() }),
  z.object({ kind: z.literal('suppressed') }),
]);
export type Change = z.infer<typeof changeSchema>;

export const cycleTrendSchema = z.object({
  from: z.string(),
  to: z.string(),
  cells: z.array(changeSchema),
  total: changeSchema,
});
export type CycleTrend = z.infer<typeof cycleTrendSchema>;

export const stageTrendsSchema = z.object({
  k: z.number().int(),
  columns: z.array(sharedResultSchema),
  subDomains: z.array(
    z.object({ item: z.enum(SUB_DOMAIN_KEYS), trends: z.array(cycleTrendSchema) }),
  ),
  capabilities: z.array(
    z.object({ item: z.enum(CAPABILITY_KEYS), trends: z.array(cycleTrendSchema) }),
  ),
});
export type StageTrends = z.infer<typeof stageTrendsSchema>;

const supportCountSchema = z.object({ subDomain: z.enum(SUB_DOMAIN_KEYS), countries: cellSchema });

export const supportInterestSchema = z.object({
  k: z.number().int(),
  countries: cellSchema,
  seeksSupport: z.array(supportCountSchema),
  offersExperience: z.array(supportCountSchema),
});
export type SupportInterest = z.infer<typeof supportInterestSchema>;
