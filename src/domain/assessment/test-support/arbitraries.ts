import fc from 'fast-check';
import { SUB_DOMAIN_KEYS } from '../../framework/mnr-structure.js';
import {
  INDICATOR_STATUSES,
  STAGE_NUMBERS,
  type AgreedResult,
  type AgreedResults,
  type IndicatorRatings,
  type IndicatorStatus,
} from '../assessment.schemas.js';
import type { IndicatorKeysByStage } from '../indicator-ratings.js';
import { allKeys, keysFor, type StageSizes } from './fixtures.js';

export const stageArb = fc.constantFrom(...STAGE_NUMBERS);

export const statusArb: fc.Arbitrary<IndicatorStatus> = fc.constantFrom(...INDICATOR_STATUSES);

/** Mostly met, so suggestions reach the higher stages often enough to test them. */
const likelyMetArb: fc.Arbitrary<IndicatorStatus | undefined> = fc.oneof(
  { arbitrary: fc.constant('met' as const), weight: 6 },
  { arbitrary: statusArb, weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

/** Indicators per stage: 1–5, as the framework schema requires at least one. */
const stageSizeArb = fc.integer({ min: 1, max: 5 });
export const stageSizesArb: fc.Arbitrary<StageSizes> = fc.tuple(
  stageSizeArb,
  stageSizeArb,
  stageSizeArb,
  stageSizeArb,
);

export const keysArb: fc.Arbitrary<IndicatorKeysByStage> = fc
  .tuple(fc.constantFrom(...SUB_DOMAIN_KEYS), stageSizesArb)
  .map(([subDomain, sizes]) => keysFor(subDomain, sizes));

/** Ratings of the given indicators, each possibly left unrated. */
export function ratingsArb(indicators: readonly string[]): fc.Arbitrary<IndicatorRatings> {
  return fc
    .tuple(...indicators.map(() => likelyMetArb))
    .map((statuses) =>
      Object.fromEntries(
        statuses.flatMap((status, index) => (status ? [[indicators[index], status]] : [])),
      ),
    );
}

export const ratedSubDomainArb = keysArb.chain((keys) =>
  ratingsArb(allKeys(keys)).map((ratings) => ({ keys, ratings })),
);

export const agreedResultArb: fc.Arbitrary<AgreedResult> = fc.oneof(
  {
    arbitrary: stageArb.map((stage) => ({ kind: 'stage' as const, stage, rationale: '' })),
    weight: 6,
  },
  {
    arbitrary: fc.constant({ kind: 'not-applicable' as const, reason: 'Not in scope' }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'not-assessed' as const }), weight: 1 },
);

/** A result for every MNR sub-domain, keyed by sub-domain key. */
export const subDomainResultsArb: fc.Arbitrary<AgreedResults> = fc
  .tuple(...SUB_DOMAIN_KEYS.map(() => agreedResultArb))
  .map((results) =>
    Object.fromEntries(SUB_DOMAIN_KEYS.map((key, index) => [key, results[index]!])),
  );
