import fc from 'fast-check';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../../framework/mnr-structure.js';
import { GOVERNMENT_SYSTEMS, INCOME_GROUPS, REGIONS } from '../../organisations/reference.js';
import {
  DIMENSIONS,
  SHARED_RESULTS,
  type AggregationSubmission,
  type SharedResult,
} from '../aggregation.schemas.js';

export const CYCLES = ['2019', '2021', '2023', '2025'] as const;

export const dimensionArb = fc.constantFrom(...DIMENSIONS);

/**
 * Fake three-letter codes: no output string is three capitals, so finding one in an output can
 * only mean a leak.
 */
const countryCodeArb = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 3, maxLength: 3 })
  .map((letters) => letters.join(''));

/** Skewed towards one value, so that cells often reach k and suppression has work to do. */
function skewed<T>(favourite: T, values: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constant(favourite), weight: 1 },
    { arbitrary: fc.constantFrom(...values), weight: 1 },
  );
}

const resultArb = skewed<SharedResult>(2, SHARED_RESULTS);

function resultsArb<Key extends string>(keys: readonly Key[]) {
  return fc.record(
    Object.fromEntries(keys.map((key) => [key, resultArb])) as Record<
      Key,
      fc.Arbitrary<SharedResult>
    >,
    { requiredKeys: [] },
  ) as fc.Arbitrary<Partial<Record<Key, SharedResult>>>;
}

function submissionArb(countryCode: string, cycle: string): fc.Arbitrary<AggregationSubmission> {
  return fc.record({
    countryCode: fc.constant(countryCode),
    cycle: fc.constant(cycle),
    region: fc.option(skewed('europe', REGIONS), { nil: null, freq: 8 }),
    incomeGroup: fc.option(skewed('high', INCOME_GROUPS), { nil: null, freq: 8 }),
    governmentSystem: skewed('centralised', GOVERNMENT_SYSTEMS),
    subDomainStages: resultsArb(SUB_DOMAIN_KEYS),
    capabilityStages: resultsArb(CAPABILITY_KEYS),
    seeksSupport: fc.subarray([...SUB_DOMAIN_KEYS]),
    offersExperience: fc.subarray([...SUB_DOMAIN_KEYS]),
  });
}

/** Submissions of up to 60 countries over one to four cycles each, one per country and cycle. */
export const submissionsArb: fc.Arbitrary<AggregationSubmission[]> = fc
  .uniqueArray(countryCodeArb, { maxLength: 60 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc
          .subarray([...CYCLES], { minLength: 1 })
          .chain((cycles) => fc.tuple(...cycles.map((cycle) => submissionArb(code, cycle)))),
      ),
    ),
  )
  .map((perCountry) => perCountry.flat());

/** The same submissions with some repeated (as copies with their keys in another order). */
export function withCopies(submissions: readonly AggregationSubmission[]) {
  return fc.subarray([...submissions]).map((repeated) => [
    ...submissions,
    ...repeated.map((submission) => ({
      ...submission,
      subDomainStages: Object.fromEntries(Object.entries(submission.subDomainStages).reverse()),
      seeksSupport: [...submission.seeksSupport].reverse(),
    })),
  ]);
}

/** Every string anywhere in a JSON value, keys included. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  }
  return [];
}
