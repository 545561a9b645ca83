import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResults, IndicatorRatings } from './assessment.schemas.js';
import { resultOf } from './agreed-result.js';
import {
  indicatorKeysByStage,
  stagesUpTo,
  unmetIndicators,
  type StagedIndicators,
  type UnmetRating,
} from './indicator-ratings.js';
import { inMnrOrder } from './mnr-order.js';

export type DraftActionReason = 'next-stage' | 'gap-below';

export type DraftAction = {
  subDomain: string;
  indicator: string;
  /** The stage the indicator belongs to, which the action helps reach or secure. */
  targetStage: StageNumber;
  reason: DraftActionReason;
  rating: UnmetRating;
};

export type SubDomainForActions = StagedIndicators & {
  readonly key: string;
  readonly number: number;
};

/**
 * Draft actions from the agreed stages: every unmet indicator (not met, partly met, don't know,
 * unrated) at or below the agreed stage, then of the next stage. Sub-domains not applicable or not
 * yet agreed get none: the plan follows what the group agreed. Ordered by MNR order, stage, then
 * indicator order, so the same assessment always drafts the same list.
 */
export function suggestActions(
  subDomains: readonly SubDomainForActions[],
  ratings: IndicatorRatings,
  results: AgreedResults,
): DraftAction[] {
  return inMnrOrder(subDomains).flatMap((subDomain) => {
    const result = resultOf(results, subDomain.key);
    if (result.kind !== 'stage') return [];
    const agreed = result.stage;
    const stages = stagesUpTo(Math.min(agreed + 1, 4));
    return unmetIndicators(indicatorKeysByStage(subDomain), ratings, stages).map(
      ({ indicator, stage, rating }) => ({
        subDomain: subDomain.key,
        indicator,
        targetStage: stage,
        reason: stage > agreed ? 'next-stage' : 'gap-below',
        rating,
      }),
    );
  });
}
