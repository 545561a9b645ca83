import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentFramework } from '../framework/framework.view.js';
import type { StageNumber } from '../framework/mnr-structure.js';
import { STAGE_NUMBERS } from './assessment.schemas.js';
import { indicatorKeysByStage } from './indicator-ratings.js';
import { suggestedStage } from './suggested-stage.js';
import { ratedSubDomainArb } from './test-support/arbitraries.js';
import {
  CSEA_HOTLINE,
  allKeys,
  rateStages,
  testFramework,
  withRating,
} from './test-support/fixtures.js';

describe('suggestedStage', () => {
  it('is 0 when nothing is rated', () => {
    expect(suggestedStage(CSEA_HOTLINE, {})).toBe(0);
  });

  it('is 4 when every indicator is met', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' });
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(4);
  });

  it('stops below the first stage with an indicator not fully met', () => {
    const ratings = withRating(
      rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' }),
      'csea-hotline.3.2',
      'partly-met',
    );
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(2);
  });

  it.each(['partly-met', 'not-met', 'unknown'] as const)('counts %s as not met', (status) => {
    const ratings = withRating(rateStages(CSEA_HOTLINE, { 1: 'met' }), 'csea-hotline.1.3', status);
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(0);
  });

  it('does not credit higher stages over a building gap (progress is not linear)', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'not-met', 2: 'met', 3: 'met', 4: 'met' });
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(0);
  });

  it('ignores ratings of other sub-domains', () => {
    const ratings = { ...rateStages(CSEA_HOTLINE, { 1: 'met' }), 'leadership.2.1': 'met' as const };
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(1);
  });

  it('reads the framework file shape and the API view shape alike', () => {
    const framework = testFramework();
    const fileShape = framework.capabilities[0]!.subDomains[0]!;
    const viewShape = presentFramework(framework, { checksum: 'x', loadedAt: 'now' })
      .capabilities[0]!.subDomains[0]!;
    const ratings = { 'leadership.1.1': 'met', 'leadership.2.1': 'met' } as const;
    expect(indicatorKeysByStage(fileShape)).toEqual(indicatorKeysByStage(viewShape));
    expect(suggestedStage(fileShape, ratings)).toBe(2);
    expect(suggestedStage(viewShape, ratings)).toBe(2);
  });
});

describe('suggestedStage properties', () => {
  it('means every indicator of stages 1..S is met, and stage S+1 is not', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const suggestion = suggestedStage(keys, ratings);
        for (const stage of STAGE_NUMBERS.filter((stage) => stage <= suggestion)) {
          expect(keys[stage].every((key) => ratings[key] === 'met')).toBe(true);
        }
        if (suggestion < 4) {
          const next = (suggestion + 1) as StageNumber;
          expect(keys[next].some((key) => ratings[key] !== 'met')).toBe(true);
        }
      }),
    );
  });

  it('never drops when an indicator is marked met', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, fc.nat(), ({ keys, ratings }, pick) => {
        const indicators = allKeys(keys);
        const indicator = indicators[pick % indicators.length]!;
        const after = suggestedStage(keys, withRating(ratings, indicator, 'met'));
        expect(after).toBeGreaterThanOrEqual(suggestedStage(keys, ratings));
      }),
    );
  });

  it('is 4 exactly when every indicator is met', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const everyMet = allKeys(keys).every((key) => ratings[key] === 'met');
        expect(suggestedStage(keys, ratings) === 4).toBe(everyMet);
      }),
    );
  });

  it('never reaches the first stage with an indicator not met', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const firstGap = STAGE_NUMBERS.find((stage) =>
          keys[stage].some((key) => ratings[key] !== 'met'),
        );
        if (firstGap !== undefined) expect(suggestedStage(keys, ratings)).toBeLessThan(firstGap);
      }),
    );
  });
});
