import { z } from 'zod';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../framework/mnr-structure.js';
import {
  governmentSystemSchema,
  incomeGroupSchema,
  regionSchema,
} from '../organisations/reference.js';
import { conflictingSubmissions } from './distinct-countries.js';

/** What a country shared for a sub-domain or capability; one it did not assess is left out. */
export const SHARED_RESULTS = [1, 2, 3, 4, 'not-applicable'] as const;
export const sharedResultSchema = z.literal(SHARED_RESULTS);
export type SharedResult = z.infer<typeof sharedResultSchema>;

/** How a distribution breaks countries down: one row per region, income group, system or cycle. */
export const DIMENSIONS = ['region', 'income', 'system', 'cycle'] as const;
export const dimensionSchema = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof dimensionSchema>;

/** A cycle such as "2024" or "2023-2025"; cycles order naturally (see `compareCycleLabels`). */
export const cycleLabelSchema = z
  .string()
  .trim()
  .min(1, 'name the cycle')
  .max(40, 'keep the cycle name to 40 characters, such as 2026 or 2026-27');

const subDomainKeySchema = z.enum(SUB_DOMAIN_KEYS);

/**
 * One country's shared results for one cycle, as the secretariat aggregates them. The country
 * code (ISO 3166-1 alpha-2 or alpha-3) only tells countries apart: no aggregate carries it.
 * Region and income group may be unrecorded; such countries fall in an `unclassified` row.
 */
export const aggregationSubmissionSchema = z.object({
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,3}$/, 'give the ISO 3166 country code'),
  cycle: cycleLabelSchema,
  region: regionSchema.nullable(),
  incomeGroup: incomeGroupSchema.nullable(),
  governmentSystem: governmentSystemSchema,
  subDomainStages: z.partialRecord(subDomainKeySchema, sharedResultSchema),
  capabilityStages: z.partialRecord(z.enum(CAPABILITY_KEYS), sharedResultSchema),
  /** Sub-domains where the country seeks support, and where it offers its experience. */
  seeksSupport: z.array(subDomainKeySchema).default([]),
  offersExperience: z.array(subDomainKeySchema).default([]),
});
export type AggregationSubmission = z.infer<typeof aggregationSubmissionSchema>;

/**
 * The submissions to aggregate. Copies of a submission count once; two that differ for the same
 * country and cycle are refused, since counting either would be a guess. Problems name positions
 * in the list, never a country.
 */
export const aggregationInputSchema = z
  .array(aggregationSubmissionSchema)
  // Bounds the work one request can ask for: well above every country times many cycles.
  .max(50_000)
  .superRefine((submissions, context) => {
    for (const [first, second] of conflictingSubmissions(submissions)) {
      context.addIssue({
        code: 'custom',
        path: [second],
        message: `differs from submission ${first + 1} for the same country and cycle: keep one`,
      });
    }
  });
export type AggregationInput = z.infer<typeof aggregationInputSchema>;
