import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indicatorKeysByStage,
  ratingOf,
  stageFullyMet,
  stagesUpTo,
  unmetIndicators,
} from './indicator-ratings.js';
import { ratedSubDomainArb, stageArb } from './test-support/arbitraries.js';
import { CSEA_HOTLINE, rateStages, withRating } from './test-support/fixtures.js';

describe('ratingOf', () => {
  it('gives the status, or unrated when absent', () => {
    expect(ratingOf({ 'csea-hotline.1.1': 'unknown' }, 'csea-hotline.1.1')).toBe('unknown');
    expect(ratingOf({}, 'csea-hotline.1.1')).toBe('unrated');
  });

  it('never reads a rating off the object prototype', () => {
    expect(ratingOf({}, 'constructor')).toBe('unrated');
  });
});

describe('indicatorKeysByStage', () => {
  it('passes keys per stage through unchanged', () => {
    expect(indicatorKeysByStage(CSEA_HOTLINE)).toBe(CSEA_HOTLINE);
  });

  it('reads the API view by stage number, whatever the list order', () => {
    const keys = indicatorKeysByStage({
      stages: [
        { number: 2, indicators: [{ key: 'x.2.1' }] },
        { number: 1, indicators: [{ key: 'x.1.1' }, { key: 'x.1.2' }] },
      ],
    });
    expect(keys).toEqual({ 1: ['x.1.1', 'x.1.2'], 2: ['x.2.1'], 3: [], 4: [] });
  });
});

describe('stageFullyMet', () => {
  it('needs every indicator met; partly met is not enough', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met' });
    expect(stageFullyMet(CSEA_HOTLINE, 2, ratings)).toBe(true);
    expect(
      stageFullyMet(CSEA_HOTLINE, 2, withRating(ratings, 'csea-hotline.2.3', 'partly-met')),
    ).toBe(false);
  });
});

describe('unmetIndicators', () => {
  it('lists every indicator not met of the asked stages, by stage then framework order', () => {
    const ratings = {
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met' }),
      'csea-hotline.1.2': 'partly-met',
      'csea-hotline.2.1': 'unknown',
    } as const;
    expect(unmetIndicators(CSEA_HOTLINE, ratings, [2, 1])).toEqual([
      { indicator: 'csea-hotline.1.2', stage: 1, rating: 'partly-met' },
      { indicator: 'csea-hotline.2.1', stage: 2, rating: 'unknown' },
    ]);
  });

  it('never lists a met indicator and lists every other one of the asked stages', () => {
    fc.assert(
      fc.property(
        ratedSubDomainArb,
        fc.subarray([1, 2, 3, 4] as const),
        ({ keys, ratings }, stages) => {
          const unmet = unmetIndicators(keys, ratings, stages);
          expect(unmet.every(({ indicator }) => ratings[indicator] !== 'met')).toBe(true);
          const expected = stages
            .flatMap((stage) => keys[stage])
            .filter((key) => ratings[key] !== 'met');
          expect(unmet.map(({ indicator }) => indicator).sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});

describe('stagesUpTo', () => {
  it('is empty for 0 and 1..n otherwise', () => {
    expect(stagesUpTo(0)).toEqual([]);
    fc.assert(
      fc.property(stageArb, (stage) => {
        expect(stagesUpTo(stage)).toEqual([1, 2, 3, 4].slice(0, stage));
      }),
    );
  });
});
