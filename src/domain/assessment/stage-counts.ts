import type { StageNumber } from '../framework/mnr-structure.js';
import { STAGE_NUMBERS, type IndicatorRatings } from './assessment.schemas.js';
import {
  indicatorKeysByStage,
  ratingOf,
  type Rating,
  type StagedIndicators,
} from './indicator-ratings.js';

export type StageCount = {
  stage: StageNumber;
  total: number;
  met: number;
  partlyMet: number;
  notMet: number;
  unknown: number;
  unrated: number;
};

type RatingField = Exclude<keyof StageCount, 'stage' | 'total'>;

const FIELD_OF: Record<Rating, RatingField> = {
  met: 'met',
  'partly-met': 'partlyMet',
  'not-met': 'notMet',
  unknown: 'unknown',
  unrated: 'unrated',
};

/**
 * The ratings of every stage, not just up to the suggestion: progress is not always linear, and
 * "integration work done, a building gap left" must stay visible.
 */
export function stageCounts(subDomain: StagedIndicators, ratings: IndicatorRatings): StageCount[] {
  const keys = indicatorKeysByStage(subDomain);
  return STAGE_NUMBERS.map((stage) => {
    const count: StageCount = {
      stage,
      total: keys[stage].length,
      met: 0,
      partlyMet: 0,
      notMet: 0,
      unknown: 0,
      unrated: 0,
    };
    for (const indicator of keys[stage]) count[FIELD_OF[ratingOf(ratings, indicator)]] += 1;
    return count;
  });
}
