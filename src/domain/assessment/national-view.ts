import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResults } from './assessment.schemas.js';
import { resultOf } from './agreed-result.js';

/**
 * How one sub-domain (or capability) stands across a federal country's jurisdictions. Only
 * agreed stages enter the minimum, median and maximum; they are ordinal, so no average is taken.
 * With an even number of stages the median is the two middle values, both reported (equal when
 * the count is odd); nothing between them is invented.
 */
export type StageDistribution<Key extends string = string> = {
  key: Key;
  /** Undefined while no jurisdiction agreed a stage for it. */
  min: StageNumber | undefined;
  medianLow: StageNumber | undefined;
  medianHigh: StageNumber | undefined;
  max: StageNumber | undefined;
  counts: Record<StageNumber, number>;
  notApplicable: number;
  /** Not assessed in the jurisdiction's assessment. */
  notAssessed: number;
  /** Jurisdictions with no finalised assessment to read from. */
  noAssessment: number;
};

/**
 * The stage distribution of every key over the jurisdictions' latest finalised results; a
 * jurisdiction with no finalised assessment is `null` and counts as `noAssessment`.
 */
export function stageDistributions<Key extends string>(
  keys: readonly Key[],
  jurisdictions: readonly (AgreedResults | null)[],
): StageDistribution<Key>[] {
  return keys.map((key) => {
    const counts: Record<StageNumber, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    let notApplicable = 0;
    let notAssessed = 0;
    let noAssessment = 0;
    const stages: StageNumber[] = [];
    for (const results of jurisdictions) {
      if (results === null) {
        noAssessment += 1;
        continue;
      }
      const result = resultOf(results, key);
      if (result.kind === 'stage') {
        counts[result.stage] += 1;
        stages.push(result.stage);
      } else if (result.kind === 'not-applicable') notApplicable += 1;
      else notAssessed += 1;
    }
    stages.sort((a, b) => a - b);
    return {
      key,
      min: stages[0],
      medianLow: stages[Math.floor((stages.length - 1) / 2)],
      medianHigh: stages[Math.floor(stages.length / 2)],
      max: stages.at(-1),
      counts,
      notApplicable,
      notAssessed,
      noAssessment,
    };
  });
}
