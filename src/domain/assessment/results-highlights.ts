import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResults, IndicatorRatings } from './assessment.schemas.js';
import { agreedStageOf, resultOf } from './agreed-result.js';
import {
  indicatorKeysByStage,
  stagesUpTo,
  unmetIndicators,
  type StagedIndicators,
  type UnmetIndicator,
} from './indicator-ratings.js';
import { inMnrOrder } from './mnr-order.js';

/** Integration (3) and maturity (4): coordinated across sectors or institutionalised. */
export const STRENGTH_STAGE: StageNumber = 3;

export type HighlightSubDomain = {
  readonly key: string;
  readonly number: number;
  readonly indicators: StagedIndicators;
};

export type Strength = { subDomain: string; stage: StageNumber };

export type GapReason =
  /** At the lowest stage agreed anywhere in the assessment, and below `STRENGTH_STAGE`. */
  | 'lowest-stage'
  /** Indicators at or below the agreed stage are not met ("a building gap left"). */
  | 'unmet-lower-stage';

export type Gap = {
  subDomain: string;
  stage: StageNumber;
  reasons: GapReason[];
  unmet: UnmetIndicator[];
};

export type ResultHighlights = {
  /** Agreed at stage 3 or 4, highest stage first, then MNR order. */
  strengths: Strength[];
  /** Lowest stage first, then MNR order. */
  gaps: Gap[];
  /** The lowest agreed stage, or undefined while nothing is agreed. */
  lowestStage: StageNumber | undefined;
};

/**
 * Strengths and gaps for a results summary, from the agreed stages and the checklist. A strength
 * is a sub-domain agreed at integration or maturity. A gap is a sub-domain at the assessment's
 * lowest agreed stage (when that is below integration), or one with indicators not met at or
 * below its agreed stage. A sub-domain can be both: progress is not always linear. Sub-domains
 * without an agreed stage (not applicable, not assessed) are neither.
 *
 * The lowest stage alone would hide a sub-domain agreed higher while indicators below that stage
 * are still missing, which is what an action plan has to close. The results page, the PDF report
 * and anything else that names strengths or gaps take them from here, so they never disagree.
 */
export function resultHighlights(
  subDomains: readonly HighlightSubDomain[],
  results: AgreedResults,
  ratings: IndicatorRatings,
): ResultHighlights {
  const agreed = inMnrOrder(subDomains).flatMap((subDomain) => {
    const stage = agreedStageOf(resultOf(results, subDomain.key));
    return stage === undefined ? [] : [{ subDomain, stage }];
  });
  const lowestStage = agreed.reduce<StageNumber | undefined>(
    (lowest, { stage }) => (lowest === undefined || stage < lowest ? stage : lowest),
    undefined,
  );

  const strengths = agreed
    .filter(({ stage }) => stage >= STRENGTH_STAGE)
    .map(({ subDomain, stage }) => ({ subDomain: subDomain.key, stage }))
    .sort((a, b) => b.stage - a.stage);

  const gaps = agreed
    .flatMap(({ subDomain, stage }): Gap[] => {
      const unmet = unmetIndicators(
        indicatorKeysByStage(subDomain.indicators),
        ratings,
        stagesUpTo(stage),
      );
      const reasons: GapReason[] = [];
      if (stage === lowestStage && stage < STRENGTH_STAGE) reasons.push('lowest-stage');
      if (unmet.length > 0) reasons.push('unmet-lower-stage');
      return reasons.length > 0 ? [{ subDomain: subDomain.key, stage, reasons, unmet }] : [];
    })
    .sort((a, b) => a.stage - b.stage);

  return { strengths, gaps, lowestStage };
}
