import type { AggregationSubmission } from './aggregation.schemas.js';
import { compareCycleLabels } from './cycle-order.js';

const countryCycle = (submission: AggregationSubmission) =>
  JSON.stringify([submission.countryCode, submission.cycle]);

const sortedEntries = (record: Readonly<Partial<Record<string, unknown>>>) =>
  Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));

const asSet = (keys: readonly string[]) => [...new Set(keys)].sort();

/** Equal for two submissions that say the same, whatever order their keys and lists came in. */
function fingerprint(submission: AggregationSubmission): string {
  return JSON.stringify([
    submission.region,
    submission.incomeGroup,
    submission.governmentSystem,
    sortedEntries(submission.subDomainStages),
    sortedEntries(submission.capabilityStages),
    asSet(submission.seeksSupport),
    asSet(submission.offersExperience),
  ]);
}

/** Positions (first, later) of submissions for the same country and cycle that differ. */
export function conflictingSubmissions(
  submissions: readonly AggregationSubmission[],
): [number, number][] {
  const firstSeen = new Map<string, number>();
  const conflicts: [number, number][] = [];
  submissions.forEach((submission, index) => {
    const key = countryCycle(submission);
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, index);
    else if (fingerprint(submissions[first] ?? submission) !== fingerprint(submission)) {
      conflicts.push([first, index]);
    }
  });
  return conflicts;
}

/** Positions are given from 1 and no country is named, so the message is safe to show anyone. */
export class ConflictingSubmissionsError extends Error {
  constructor(readonly conflicts: readonly [number, number][]) {
    super(
      conflicts
        .map(
          ([first, later]) =>
            `Submissions ${first + 1} and ${later + 1} are for the same country and cycle but differ: keep one.`,
        )
        .join(' '),
    );
    this.name = 'ConflictingSubmissionsError';
  }
}

/**
 * One submission per country and cycle: copies (a resubmission, a second import) count once.
 * Refuses differing submissions for the same country and cycle.
 */
export function onePerCountryAndCycle(
  submissions: readonly AggregationSubmission[],
): AggregationSubmission[] {
  const conflicts = conflictingSubmissions(submissions);
  if (conflicts.length > 0) throw new ConflictingSubmissionsError(conflicts);
  return [
    ...new Map(submissions.map((submission) => [countryCycle(submission), submission])).values(),
  ];
}

/**
 * Each country's latest submission by cycle, from submissions that are one per country and
 * cycle. It is the country's picture as last shared, with the region, income group and system
 * it gave then, so a country reclassified between cycles (income groups change) counts once.
 */
export function latestPerCountry(
  submissions: readonly AggregationSubmission[],
): AggregationSubmission[] {
  const latest = new Map<string, AggregationSubmission>();
  for (const submission of submissions) {
    const current = latest.get(submission.countryCode);
    if (!current || compareCycleLabels(submission.cycle, current.cycle) > 0) {
      latest.set(submission.countryCode, submission);
    }
  }
  return [...latest.values()];
}

export function distinctCountries(submissions: readonly AggregationSubmission[]): number {
  return new Set(submissions.map((submission) => submission.countryCode)).size;
}
