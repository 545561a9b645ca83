import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGE_NUMBERS } from './assessment.schemas.js';
import { stageCounts } from './stage-counts.js';
import { suggestedStage } from './suggested-stage.js';
import { ratedSubDomainArb } from './test-support/arbitraries.js';
import { CSEA_HOTLINE, rateStages } from './test-support/fixtures.js';

describe('stageCounts', () => {
  it('counts each status per stage, including unrated', () => {
    const ratings = {
      'csea-hotline.1.1': 'met',
      'csea-hotline.1.2': 'partly-met',
      'csea-hotline.1.3': 'not-met',
      'csea-hotline.4.1': 'unknown',
    } as const;
    expect(stageCounts(CSEA_HOTLINE, ratings)).toEqual([
      { stage: 1, total: 3, met: 1, partlyMet: 1, notMet: 1, unknown: 0, unrated: 0 },
      { stage: 2, total: 3, met: 0, partlyMet: 0, notMet: 0, unknown: 0, unrated: 3 },
      { stage: 3, total: 3, met: 0, partlyMet: 0, notMet: 0, unknown: 0, unrated: 3 },
      { stage: 4, total: 4, met: 0, partlyMet: 0, notMet: 0, unknown: 1, unrated: 3 },
    ]);
  });

  it('shows integration work done above a building gap', () => {
    const ratings = rateStages(CSEA_HOTLINE, { 1: 'partly-met', 3: 'met' });
    const counts = stageCounts(CSEA_HOTLINE, ratings);
    expect(counts[0]).toMatchObject({ stage: 1, partlyMet: 3, met: 0 });
    expect(counts[2]).toMatchObject({ stage: 3, met: 3, total: 3 });
    expect(suggestedStage(CSEA_HOTLINE, ratings)).toBe(0);
  });
});

describe('stageCounts properties', () => {
  it('always has the four stages, and the statuses of each add up to its total', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const counts = stageCounts(keys, ratings);
        expect(counts.map(({ stage }) => stage)).toEqual([...STAGE_NUMBERS]);
        for (const { stage, total, met, partlyMet, notMet, unknown, unrated } of counts) {
          expect(total).toBe(keys[stage].length);
          expect(met + partlyMet + notMet + unknown + unrated).toBe(total);
        }
      }),
    );
  });

  it('agrees with the suggestion: stages up to it are fully met, the next is not', () => {
    fc.assert(
      fc.property(ratedSubDomainArb, ({ keys, ratings }) => {
        const suggestion = suggestedStage(keys, ratings);
        const counts = stageCounts(keys, ratings);
        counts.slice(0, suggestion).forEach(({ met, total }) => {
          expect(met).toBe(total);
        });
        const next = counts[suggestion];
        if (next) expect(next.met).toBeLessThan(next.total);
      }),
    );
  });
});
