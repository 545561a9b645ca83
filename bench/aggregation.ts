import { performance } from 'node:perf_hooks';
import {
  aggregateStages,
  DIMENSIONS,
  SHARED_RESULTS,
  stageTrends,
  supportInterest,
  type AggregationSubmission,
  type SharedResult,
} from '../src/domain/aggregation/index.js';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../src/domain/framework/mnr-structure.js';
import {
  GOVERNMENT_SYSTEMS,
  INCOME_GROUPS,
  REGIONS,
} from '../src/domain/organisations/reference.js';

export type AggregationScale = {
  label: string;
  countries: number;
  cycles: number;
  medianMs: number;
  p95Ms: number;
};

/** A fixed pseudo-random sequence, so every run aggregates the same data. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** Distinct three-letter codes: AAA, AAB, … (17,576 of them). */
function countryCode(index: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return letter(Math.floor(index / 676)) + letter(Math.floor(index / 26)) + letter(index);
}

function submissions(countries: number, cycles: number): AggregationSubmission[] {
  const random = sequence(countries * 31 + cycles);
  const results = <Key extends string>(keys: readonly Key[]) =>
    Object.fromEntries(keys.map((key) => [key, pick<SharedResult>(random, SHARED_RESULTS)]));
  const list: AggregationSubmission[] = [];
  for (let country = 0; country < countries; country += 1) {
    const region = pick(random, REGIONS);
    const incomeGroup = pick(random, INCOME_GROUPS);
    const governmentSystem = pick(random, GOVERNMENT_SYSTEMS);
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      list.push({
        countryCode: countryCode(country),
        cycle: String(2015 + 2 * cycle),
        region,
        incomeGroup,
        governmentSystem,
        subDomainStages: results(SUB_DOMAIN_KEYS),
        capabilityStages: results(CAPABILITY_KEYS),
        seeksSupport: SUB_DOMAIN_KEYS.filter(() => random() < 0.1),
        offersExperience: SUB_DOMAIN_KEYS.filter(() => random() < 0.1),
      });
    }
  }
  return list;
}

/** Everything the secretariat dashboard shows: all four breakdowns, trends and support interest. */
function wholeDashboard(data: readonly AggregationSubmission[]): void {
  for (const by of DIMENSIONS) aggregateStages(data, { by });
  stageTrends(data);
  supportInterest(data);
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function timeRuns(data: readonly AggregationSubmission[], runs: number): number[] {
  wholeDashboard(data);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    wholeDashboard(data);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/**
 * 200 countries × 5 cycles, then 10× and 100× the submissions. Three-letter codes run out
 * before 20,000 countries, so the larger scales grow countries first, then cycles.
 */
export function benchAggregation(): AggregationScale[] {
  const scales = [
    { label: '1×', countries: 200, cycles: 5, runs: 21 },
    { label: '10×', countries: 2000, cycles: 5, runs: 7 },
    { label: '100×', countries: 10_000, cycles: 10, runs: 3 },
  ];
  return scales.map(({ label, countries, cycles, runs }) => {
    const times = timeRuns(submissions(countries, cycles), runs);
    return {
      label,
      countries,
      cycles,
      medianMs: percentile(times, 0.5),
      p95Ms: percentile(times, 0.95),
    };
  });
}
