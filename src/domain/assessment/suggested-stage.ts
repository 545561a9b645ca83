import type { StageNumber } from '../framework/mnr-structure.js';
import { STAGE_NUMBERS, type IndicatorRatings } from './assessment.schemas.js';
import { indicatorKeysByStage, stageFullyMet, type StagedIndicators } from './indicator-ratings.js';

/** 0 means not even the building stage is fully met. */
export type SuggestedStage = 0 | StageNumber;

/**
 * The highest stage S such that every indicator of stages 1..S is met. Stages build on each
 * other, so a fully met higher stage does not count while a lower one has a gap.
 */
export function suggestedStage(
  subDomain: StagedIndicators,
  ratings: IndicatorRatings,
): SuggestedStage {
  const keys = indicatorKeysByStage(subDomain);
  let suggestion: SuggestedStage = 0;
  for (const stage of STAGE_NUMBERS) {
    if (!stageFullyMet(keys, stage, ratings)) break;
    suggestion = stage;
  }
  return suggestion;
}
