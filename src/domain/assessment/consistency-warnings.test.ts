import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistencyWarnings } from './consistency-warnings.js';
import { stagesUpTo } from './indicator-ratings.js';
import { suggestedStage } from './suggested-stage.js';
import { agreedResultArb, ratedSubDomainArb, stageArb } from './test-support/arbitraries.js';
import {
  CSEA_HOTLINE,
  agreed,
  notApplicable,
  notAssessed,
  rateStages,
  withRating,
} from './test-support/fixtures.js';

const upToIntegration = rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met' });

describe('consistencyWarnings', () => {
  it('is silent when the agreed stage is the suggestion and the next stage has a gap', () => {
    expect(consistencyWarnings(CSEA_HOTLINE, upToIntegration, agreed(3))).toEqual([]);
  });

  it('points out an agreed stage above the suggestion and lists the gaps at or below it', () => {
    const ratings = withRating(
      withRating(upToIntegration, 'csea-hotline.2.2', 'partly-met'),
      'csea-hotline.3.1',
      'unknown',
    );
    expect(consistencyWarnings(CSEA_HOTLINE, ratings, agreed(3, 'Strong practice'))).toEqual([
      { type: 'agreed-above-suggestion', agreedStage: 3, suggestedStage: 1 },
      {
        type: 'unmet-at-or-below-agreed',
        agreedStage: 3,
        indicators: [
          { indicator: 'csea-hotline.2.2', stage: 2, rating: 'partly-met' },
          { indicator: 'csea-hotline.3.1', stage: 3, rating: 'unknown' },
        ],
      },
    ]);
  });

  it('lists unrated indicators at or below the agreed stage', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'met' });
    const warnings = consistencyWarnings(CSEA_HOTLINE, ratings, agreed(2));
    expect(warnings[1]).toMatchObject({
      type: 'unmet-at-or-below-agreed',
      indicators: CSEA_HOTLINE[2].map((indicator) => ({ indicator, stage: 2, rating: 'unrated' })),
    });
  });

  it('suggests considering the next stage when all of it is met', () => {
    expect(consistencyWarnings(CSEA_HOTLINE, upToIntegration, agreed(2))).toEqual([
      { type: 'next-stage-met', agreedStage: 2, nextStage: 3 },
    ]);
  });

  it('notices a met next stage even above a gap', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'not-met', 2: 'met' });
    const types = consistencyWarnings(CSEA_HOTLINE, ratings, agreed(1)).map(({ type }) => type);
    expect(types).toEqual([
      'agreed-above-suggestion',
      'unmet-at-or-below-agreed',
      'next-stage-met',
    ]);
  });

  it('has no next stage to suggest at maturity', () => {
    const everything = rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' });
    expect(consistencyWarnings(CSEA_HOTLINE, everything, agreed(4))).toEqual([]);
  });

  it('says nothing about a sub-domain not applicable or not assessed', () => {
    expect(consistencyWarnings(CSEA_HOTLINE, {}, notApplicable)).toEqual([]);
    expect(consistencyWarnings(CSEA_HOTLINE, {}, notAssessed)).toEqual([]);
  });
});

describe('consistencyWarnings properties', () => {
  it('is empty when the agreed stage is the suggestion (so everything below is met)', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const suggestion = suggestedStage(keys, ratings);
        if (suggestion === 0) return;
        expect(consistencyWarnings(keys, ratings, agreed(suggestion))).toEqual([]);
      }),
    );
  });

  it('warns "above the suggestion" exactly when the agreed stage is above it', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, stageArb, ({ keys, ratings }, stage) => {
        const warned = consistencyWarnings(keys, ratings, agreed(stage)).some(
          ({ type }) => type === 'agreed-above-suggestion',
        );
        expect(warned).toBe(stage > suggestedStage(keys, ratings));
      }),
    );
  });

  it('lists exactly the indicators not met at or below the agreed stage', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, stageArb, ({ keys, ratings }, stage) => {
        const listed = consistencyWarnings(keys, ratings, agreed(stage)).flatMap((warning) =>
          warning.type === 'unmet-at-or-below-agreed' ? warning.indicators : [],
        );
        const expected = stagesUpTo(stage)
          .flatMap((lower) => keys[lower])
          .filter((key) => ratings[key] !== 'met');
        expect(listed.map(({ indicator }) => indicator)).toEqual(expected);
      }),
    );
  });

  it('suggests the next stage exactly when all of it is met', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, stageArb, ({ keys, ratings }, stage) => {
        const suggested = consistencyWarnings(keys, ratings, agreed(stage)).find(
          ({ type }) => type === 'next-stage-met',
        );
        const next = stage < 4 ? keys[(stage + 1) as 2 | 3 | 4] : undefined;
        expect(suggested !== undefined).toBe(
          next !== undefined && next.every((key) => ratings[key] === 'met'),
        );
      }),
    );
  });

  it('only ever warns about an agreed stage', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, agreedResultArb, ({ keys, ratings }, result) => {
        const warnings = consistencyWarnings(keys, ratings, result);
        if (result.kind !== 'stage') expect(warnings).toEqual([]);
        else warnings.forEach(({ agreedStage }) => expect(agreedStage).toBe(result.stage));
      }),
    );
  });
});
