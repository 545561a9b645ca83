import { frameworkSchema, type SubDomain } from '../../framework/framework.schema.js';
import type { StageNumber } from '../../framework/mnr-structure.js';
import { validFrameworkData } from '../../framework/test-support/framework-fixture.js';
import {
  STAGE_NUMBERS,
  type AgreedResult,
  type IndicatorRatings,
  type IndicatorStatus,
} from '../assessment.schemas.js';
import type { IndicatorKeysByStage } from '../indicator-ratings.js';

export type StageSizes = readonly [number, number, number, number];

/** Keys `subDomain.stage.index` with the given number of indicators per stage. */
export function keysFor(subDomain: string, sizes: StageSizes): IndicatorKeysByStage {
  const stage = (number: StageNumber) =>
    Array.from(
      { length: sizes[number - 1] ?? 0 },
      (_, index) => `${subDomain}.${number}.${index + 1}`,
    );
  return { 1: stage(1), 2: stage(2), 3: stage(3), 4: stage(4) };
}

/** Shapes of sub-domains in the shipped MNR framework (indicators per stage). */
export const CSEA_HOTLINE = keysFor('csea-hotline', [3, 3, 3, 4]);
export const LEADERSHIP = keysFor('leadership', [4, 4, 4, 4]);
export const TAKEDOWN_PROCEDURES = keysFor('takedown-procedures', [3, 3, 3, 3]);

export function allKeys(keys: IndicatorKeysByStage): string[] {
  return STAGE_NUMBERS.flatMap((stage) => keys[stage]);
}

/** Rates whole stages: `{ 1: 'met', 2: 'partly-met' }`; stages left out stay unrated. */
export function rateStages(
  keys: IndicatorKeysByStage,
  byStage: Partial<Record<StageNumber, IndicatorStatus>>,
): Record<string, IndicatorStatus> {
  return Object.fromEntries(
    STAGE_NUMBERS.flatMap((stage) => {
      const status = byStage[stage];
      return status ? keys[stage].map((key) => [key, status]) : [];
    }),
  );
}

export function withRating(
  ratings: IndicatorRatings,
  indicator: string,
  status: IndicatorStatus,
): IndicatorRatings {
  return { ...ratings, [indicator]: status };
}

export const agreed = (stage: StageNumber, rationale = ''): AgreedResult => ({
  kind: 'stage',
  stage,
  rationale,
});
export const notApplicable: AgreedResult = { kind: 'not-applicable', reason: 'No such body' };
export const notAssessed: AgreedResult = { kind: 'not-assessed' };

/** A parsed, valid framework (one indicator per stage) built in code, never read from disk. */
export function testFramework() {
  return frameworkSchema.parse(validFrameworkData());
}

export function frameworkSubDomains(): SubDomain[] {
  return testFramework().capabilities.flatMap((capability) => capability.subDomains);
}
