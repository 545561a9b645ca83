import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResult, IndicatorRatings } from './assessment.schemas.js';
import {
  indicatorKeysByStage,
  stageFullyMet,
  stagesUpTo,
  unmetIndicators,
  type StagedIndicators,
  type UnmetIndicator,
} from './indicator-ratings.js';
import { suggestedStage, type SuggestedStage } from './suggested-stage.js';

/**
 * Warnings guide the group and never block. They carry data, not sentences: the UI words them
 * by `type` in the reader's language.
 */
export type ConsistencyWarning =
  | { type: 'agreed-above-suggestion'; agreedStage: StageNumber; suggestedStage: SuggestedStage }
  | { type: 'unmet-at-or-below-agreed'; agreedStage: StageNumber; indicators: UnmetIndicator[] }
  | { type: 'next-stage-met'; agreedStage: StageNumber; nextStage: StageNumber };

export function consistencyWarnings(
  subDomain: StagedIndicators,
  ratings: IndicatorRatings,
  agreed: AgreedResult,
): ConsistencyWarning[] {
  if (agreed.kind !== 'stage') return [];
  const agreedStage = agreed.stage;
  const keys = indicatorKeysByStage(subDomain);
  const warnings: ConsistencyWarning[] = [];

  const suggestion = suggestedStage(keys, ratings);
  if (agreedStage > suggestion) {
    warnings.push({ type: 'agreed-above-suggestion', agreedStage, suggestedStage: suggestion });
  }
  const gaps = unmetIndicators(keys, ratings, stagesUpTo(agreedStage));
  if (gaps.length > 0) {
    warnings.push({ type: 'unmet-at-or-below-agreed', agreedStage, indicators: gaps });
  }
  if (agreedStage < 4) {
    const nextStage = (agreedStage + 1) as StageNumber;
    if (stageFullyMet(keys, nextStage, ratings)) {
      warnings.push({ type: 'next-stage-met', agreedStage, nextStage });
    }
  }
  return warnings;
}
