import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUB_DOMAIN_KEYS, subDomainNumber } from '../framework/mnr-structure.js';
import { agreedStageOf, resultOf } from './agreed-result.js';
import { stagesUpTo, unmetIndicators } from './indicator-ratings.js';
import { resultHighlights, STRENGTH_STAGE } from './results-highlights.js';
import { ratingsArb, subDomainResultsArb } from './test-support/arbitraries.js';
import {
  agreed,
  allKeys,
  CSEA_HOTLINE,
  keysFor,
  LEADERSHIP,
  notApplicable,
  notAssessed,
  rateStages,
  TAKEDOWN_PROCEDURES,
} from './test-support/fixtures.js';

const leadership = { key: 'leadership', number: 1, indicators: LEADERSHIP };
const hotline = { key: 'csea-hotline', number: 12, indicators: CSEA_HOTLINE };
const takedown = { key: 'takedown-procedures', number: 16, indicators: TAKEDOWN_PROCEDURES };

const everySubDomain = SUB_DOMAIN_KEYS.map((key) => ({
  key,
  number: subDomainNumber(key),
  indicators: keysFor(key, [2, 2, 2, 2]),
}));
const everyIndicator = everySubDomain.flatMap((subDomain) => allKeys(subDomain.indicators));

describe('resultHighlights', () => {
  it('calls integration and maturity strengths, highest first, and the lowest stage a gap', () => {
    const ratings = {
      ...rateStages(LEADERSHIP, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' }),
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' }),
      ...rateStages(TAKEDOWN_PROCEDURES, { 1: 'met' }),
    };
    const highlights = resultHighlights(
      [takedown, hotline, leadership],
      { leadership: agreed(3), 'csea-hotline': agreed(4), 'takedown-procedures': agreed(1) },
      ratings,
    );
    expect(highlights.strengths).toEqual([
      { subDomain: 'csea-hotline', stage: 4 },
      { subDomain: 'leadership', stage: 3 },
    ]);
    expect(highlights.gaps).toEqual([
      { subDomain: 'takedown-procedures', stage: 1, reasons: ['lowest-stage'], unmet: [] },
    ]);
    expect(highlights.lowestStage).toBe(1);
  });

  it('keeps a building gap visible under an integration stage', () => {
    const ratings = {
      ...rateStages(LEADERSHIP, { 1: 'met', 2: 'met', 3: 'met' }),
      'leadership.1.2': 'partly-met' as const,
    };
    const highlights = resultHighlights([leadership], { leadership: agreed(3) }, ratings);
    expect(highlights.strengths).toEqual([{ subDomain: 'leadership', stage: 3 }]);
    expect(highlights.gaps).toEqual([
      {
        subDomain: 'leadership',
        stage: 3,
        reasons: ['unmet-lower-stage'],
        unmet: [{ indicator: 'leadership.1.2', stage: 1, rating: 'partly-met' }],
      },
    ]);
  });

  it('calls a sub-domain above the lowest stage a gap when an indicator up to its stage is not met', () => {
    const ratings = {
      ...rateStages(TAKEDOWN_PROCEDURES, { 1: 'met' }),
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met' }),
      'csea-hotline.2.3': 'not-met' as const,
    };
    const highlights = resultHighlights(
      [takedown, hotline],
      { 'takedown-procedures': agreed(1), 'csea-hotline': agreed(2) },
      ratings,
    );
    expect(highlights.gaps).toEqual([
      { subDomain: 'takedown-procedures', stage: 1, reasons: ['lowest-stage'], unmet: [] },
      {
        subDomain: 'csea-hotline',
        stage: 2,
        reasons: ['unmet-lower-stage'],
        unmet: [{ indicator: 'csea-hotline.2.3', stage: 2, rating: 'not-met' }],
      },
    ]);
  });

  it('does not call the lowest stage a gap when it is integration or above', () => {
    const ratings = rateStages(LEADERSHIP, { 1: 'met', 2: 'met', 3: 'met' });
    const highlights = resultHighlights([leadership], { leadership: agreed(3) }, ratings);
    expect(highlights.gaps).toEqual([]);
  });

  it('leaves out sub-domains without an agreed stage', () => {
    const highlights = resultHighlights(
      [leadership, hotline],
      { leadership: notApplicable, 'csea-hotline': notAssessed },
      {},
    );
    expect(highlights).toEqual({ strengths: [], gaps: [], lowestStage: undefined });
  });

  it('names every sub-domain at the lowest stage below integration, and strengths exactly at 3–4', () => {
    fc.assert(
      fc.property(subDomainResultsArb, ratingsArb(everyIndicator), (results, ratings) => {
        const highlights = resultHighlights(everySubDomain, results, ratings);
        const stages = SUB_DOMAIN_KEYS.flatMap((key) => {
          const stage = agreedStageOf(resultOf(results, key));
          return stage === undefined ? [] : [{ key, stage }];
        });
        const lowest = stages.length ? Math.min(...stages.map(({ stage }) => stage)) : undefined;
        expect(highlights.lowestStage).toBe(lowest);
        expect(highlights.strengths.map(({ subDomain }) => subDomain).sort()).toEqual(
          stages
            .filter(({ stage }) => stage >= STRENGTH_STAGE)
            .map(({ key }) => key)
            .sort(),
        );
        for (const { key, stage } of stages) {
          const gap = highlights.gaps.find(({ subDomain }) => subDomain === key);
          const atLowest = stage === lowest && stage < STRENGTH_STAGE;
          expect(gap?.reasons.includes('lowest-stage') ?? false).toBe(atLowest);
          for (const unmet of gap?.unmet ?? []) expect(unmet.stage).toBeLessThanOrEqual(stage);
        }
        const gapStages = highlights.gaps.map(({ stage }) => stage);
        expect(gapStages).toEqual([...gapStages].sort((a, b) => a - b));
      }),
    );
  });

  it('lists the gaps of unmet indicators exactly, and calls a strength a gap only for those', () => {
    fc.assert(
      fc.property(subDomainResultsArb, ratingsArb(everyIndicator), (results, ratings) => {
        const { strengths, gaps } = resultHighlights(everySubDomain, results, ratings);
        for (const subDomain of everySubDomain) {
          const stage = agreedStageOf(resultOf(results, subDomain.key));
          const unmet =
            stage === undefined
              ? []
              : unmetIndicators(subDomain.indicators, ratings, stagesUpTo(stage));
          const gap = gaps.find(({ subDomain: key }) => key === subDomain.key);
          expect(gap?.unmet ?? []).toEqual(unmet);
          if (unmet.length > 0) expect(gap?.reasons).toContain('unmet-lower-stage');
        }
        for (const { subDomain } of strengths) {
          const gap = gaps.find(({ subDomain: key }) => key === subDomain);
          if (gap) expect(gap.reasons).toEqual(['unmet-lower-stage']);
        }
      }),
    );
  });

  it('never calls a sub-domain both a strength and a gap when every indicator is met', () => {
    const allMet = Object.fromEntries(everyIndicator.map((key) => [key, 'met' as const]));
    fc.assert(
      fc.property(subDomainResultsArb, (results) => {
        const { strengths, gaps } = resultHighlights(everySubDomain, results, allMet);
        const gapKeys = new Set(gaps.map(({ subDomain }) => subDomain));
        expect(strengths.filter(({ subDomain }) => gapKeys.has(subDomain))).toEqual([]);
      }),
    );
  });
});
