import { STAGE_KEYS, type StageKey, type StageNumber } from '../framework/mnr-structure.js';
import {
  STAGE_NUMBERS,
  type IndicatorRatings,
  type IndicatorStatus,
} from './assessment.schemas.js';

/** An indicator's status, with `unrated` for one the group has not rated yet. */
export type Rating = IndicatorStatus | 'unrated';
export type UnmetRating = Exclude<Rating, 'met'>;

/** The indicator keys of one sub-domain for each stage, in framework order. */
export type IndicatorKeysByStage = Readonly<Record<StageNumber, readonly string[]>>;

type IndicatorRef = { readonly key: string };

/**
 * A sub-domain's indicators as the rules accept them: its keys per stage, the framework file's
 * shape (stages keyed by name) or the API view's shape (an ordered list of stages), so the server
 * and the browser both pass what they already hold.
 */
export type StagedIndicators =
  IndicatorKeysByStage | { readonly stages: StagesByKey } | { readonly stages: StageList };

type StagesByKey = Readonly<Record<StageKey, { readonly indicators: readonly IndicatorRef[] }>>;
type StageList = readonly {
  readonly number: number;
  readonly indicators: readonly IndicatorRef[];
}[];

// `Array.isArray` does not narrow away a readonly array type, so the guard says it explicitly.
function isStageList(stages: StagesByKey | StageList): stages is StageList {
  return Array.isArray(stages);
}

export function indicatorKeysByStage(subDomain: StagedIndicators): IndicatorKeysByStage {
  if (!('stages' in subDomain)) return subDomain;
  const { stages } = subDomain;
  const keysOf = (indicators: readonly IndicatorRef[] = []) => indicators.map(({ key }) => key);
  if (isStageList(stages)) {
    const byNumber = (stage: StageNumber) =>
      keysOf(stages.find(({ number }) => number === stage)?.indicators);
    return { 1: byNumber(1), 2: byNumber(2), 3: byNumber(3), 4: byNumber(4) };
  }
  const byKey = (stage: StageNumber) =>
    keysOf(stages[STAGE_KEYS[stage - 1] as StageKey].indicators);
  return { 1: byKey(1), 2: byKey(2), 3: byKey(3), 4: byKey(4) };
}

export function ratingOf(ratings: IndicatorRatings, indicator: string): Rating {
  // Own properties only: a key such as "constructor" must not read the object prototype.
  return (Object.hasOwn(ratings, indicator) ? ratings[indicator] : undefined) ?? 'unrated';
}

/** True when every indicator of the stage is met; partly met counts as not met. */
export function stageFullyMet(
  keys: IndicatorKeysByStage,
  stage: StageNumber,
  ratings: IndicatorRatings,
): boolean {
  return keys[stage].every((indicator) => ratingOf(ratings, indicator) === 'met');
}

export type UnmetIndicator = { indicator: string; stage: StageNumber; rating: UnmetRating };

/** The indicators of the given stages that are not met, by stage then framework order. */
export function unmetIndicators(
  keys: IndicatorKeysByStage,
  ratings: IndicatorRatings,
  stages: readonly StageNumber[],
): UnmetIndicator[] {
  return STAGE_NUMBERS.filter((stage) => stages.includes(stage)).flatMap((stage) =>
    keys[stage].flatMap((indicator) => {
      const rating = ratingOf(ratings, indicator);
      return rating === 'met' ? [] : [{ indicator, stage, rating }];
    }),
  );
}

/** Stages 1..`last`; empty when `last` is 0. */
export function stagesUpTo(last: number): StageNumber[] {
  return STAGE_NUMBERS.filter((stage) => stage <= last);
}
