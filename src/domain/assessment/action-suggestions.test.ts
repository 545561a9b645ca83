import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGE_NUMBERS, type AgreedResult } from './assessment.schemas.js';
import { suggestActions } from './action-suggestions.js';
import { SUB_DOMAIN_KEYS, subDomainNumber } from '../framework/mnr-structure.js';
import { agreedResultArb, keysArb, ratingsArb, stageSizesArb } from './test-support/arbitraries.js';
import {
  CSEA_HOTLINE,
  LEADERSHIP,
  TAKEDOWN_PROCEDURES,
  agreed,
  allKeys,
  frameworkSubDomains,
  keysFor,
  notApplicable,
  notAssessed,
  rateStages,
} from './test-support/fixtures.js';

const hotline = { key: 'csea-hotline', number: 12, ...CSEA_HOTLINE };
const leadership = { key: 'leadership', number: 1, ...LEADERSHIP };
const takedown = { key: 'takedown-procedures', number: 16, ...TAKEDOWN_PROCEDURES };

describe('suggestActions', () => {
  it('drafts each unmet indicator of the next stage', () => {
    const ratings = {
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met' }),
      'csea-hotline.3.1': 'met',
      'csea-hotline.3.2': 'partly-met',
      'csea-hotline.3.3': 'unknown',
    } as const;
    expect(suggestActions([hotline], ratings, { 'csea-hotline': agreed(2) })).toEqual([
      {
        subDomain: 'csea-hotline',
        indicator: 'csea-hotline.3.2',
        targetStage: 3,
        reason: 'next-stage',
        rating: 'partly-met',
      },
      {
        subDomain: 'csea-hotline',
        indicator: 'csea-hotline.3.3',
        targetStage: 3,
        reason: 'next-stage',
        rating: 'unknown',
      },
    ]);
  });

  it('drafts gaps at or below the agreed stage before the next stage', () => {
    const ratings = {
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met' }),
      'csea-hotline.1.2': 'not-met',
    } as const;
    const drafts = suggestActions([hotline], ratings, { 'csea-hotline': agreed(2) });
    expect(drafts.map(({ indicator, reason }) => [indicator, reason])).toEqual([
      ['csea-hotline.1.2', 'gap-below'],
    ]);
  });

  it('drafts only gaps for a sub-domain at maturity', () => {
    const ratings = {
      ...rateStages(CSEA_HOTLINE, { 1: 'met', 2: 'met', 3: 'met', 4: 'met' }),
      'csea-hotline.4.4': 'partly-met',
    } as const;
    const drafts = suggestActions([hotline], ratings, { 'csea-hotline': agreed(4) });
    expect(drafts).toEqual([
      {
        subDomain: 'csea-hotline',
        indicator: 'csea-hotline.4.4',
        targetStage: 4,
        reason: 'gap-below',
        rating: 'partly-met',
      },
    ]);
  });

  it('treats unrated indicators as unmet', () => {
    const drafts = suggestActions([hotline], {}, { 'csea-hotline': agreed(1) });
    expect(drafts.map(({ indicator }) => indicator)).toEqual([
      ...CSEA_HOTLINE[1],
      ...CSEA_HOTLINE[2],
    ]);
    expect(drafts.every(({ rating }) => rating === 'unrated')).toBe(true);
  });

  it('drafts nothing for a sub-domain not applicable or not yet agreed', () => {
    const results = { 'csea-hotline': notApplicable, leadership: notAssessed };
    expect(suggestActions([hotline, leadership, takedown], {}, results)).toEqual([]);
  });

  it('orders by MNR number, then stage, then indicator, whatever the input order', () => {
    const results = {
      'csea-hotline': agreed(1),
      leadership: agreed(1),
      'takedown-procedures': agreed(1),
    };
    const ratings = rateStages(LEADERSHIP, { 1: 'met' });
    const drafts = suggestActions([takedown, hotline, leadership], ratings, results);
    const subDomains = [...new Set(drafts.map(({ subDomain }) => subDomain))];
    expect(subDomains).toEqual(['leadership', 'csea-hotline', 'takedown-procedures']);
    expect(
      drafts
        .filter(({ subDomain }) => subDomain === 'leadership')
        .map(({ indicator }) => indicator),
    ).toEqual(LEADERSHIP[2]);
  });

  it('accepts the framework sub-domains as they are', () => {
    const drafts = suggestActions(frameworkSubDomains(), {}, { 'child-helpline': agreed(3) });
    expect(drafts.map(({ indicator }) => indicator)).toEqual([
      'child-helpline.1.1',
      'child-helpline.2.1',
      'child-helpline.3.1',
      'child-helpline.4.1',
    ]);
  });
});

/** Up to four MNR sub-domains of random sizes and results, with ratings of all their indicators. */
const caseArb = fc
  .array(fc.tuple(stageSizesArb, agreedResultArb), { minLength: 1, maxLength: 4 })
  .chain((entries) => {
    const subDomains = entries.map(([sizes], index) => {
      const key = SUB_DOMAIN_KEYS[index]!;
      return { key, number: subDomainNumber(key), ...keysFor(key, sizes) };
    });
    const results: Record<string, AgreedResult> = Object.fromEntries(
      entries.map(([, result], index) => [subDomains[index]!.key, result]),
    );
    return ratingsArb(subDomains.flatMap(allKeys)).map((ratings) => ({
      subDomains,
      results,
      ratings,
    }));
  });

function compareTuples(a: readonly number[], b: readonly number[]): number {
  const index = a.findIndex((value, i) => value !== b[i]);
  return index === -1 ? 0 : a[index]! - b[index]!;
}

describe('suggestActions properties', () => {
  it('never drafts a met indicator, and drafts every unmet one up to the next stage', () => {
    fc.assert(
      fc.property(caseArb, ({ subDomains, results, ratings }) => {
        const drafts = suggestActions(subDomains, ratings, results);
        expect(drafts.every(({ indicator }) => ratings[indicator] !== 'met')).toBe(true);
        for (const subDomain of subDomains) {
          const result = results[subDomain.key]!;
          const drafted = drafts.filter((draft) => draft.subDomain === subDomain.key);
          if (result.kind !== 'stage') {
            expect(drafted).toEqual([]);
            continue;
          }
          const upTo = STAGE_NUMBERS.filter((stage) => stage <= Math.min(result.stage + 1, 4));
          const expected = upTo
            .flatMap((stage) => subDomain[stage])
            .filter((key) => ratings[key] !== 'met');
          expect(drafted.map(({ indicator }) => indicator)).toEqual(expected);
          drafted.forEach(({ targetStage, reason }) => {
            expect(reason).toBe(targetStage > result.stage ? 'next-stage' : 'gap-below');
          });
        }
      }),
    );
  });

  it('is empty for a sub-domain at stage 4 with everything met', () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const subDomain = { key: 'leadership', number: 1, ...keys };
        const everything = Object.fromEntries(allKeys(keys).map((key) => [key, 'met' as const]));
        expect(suggestActions([subDomain], everything, { leadership: agreed(4) })).toEqual([]);
      }),
    );
  });

  it('is in MNR order, then stage, then indicator order, and the same for any input order', () => {
    fc.assert(
      fc.property(caseArb, ({ subDomains, results, ratings }) => {
        const drafts = suggestActions(subDomains, ratings, results);
        const positions = drafts.map(({ subDomain: key, targetStage, indicator }) => {
          const subDomain = subDomains.find((candidate) => candidate.key === key)!;
          return [subDomain.number, targetStage, subDomain[targetStage].indexOf(indicator)];
        });
        positions.slice(1).forEach((position, index) => {
          expect(compareTuples(positions[index]!, position)).toBeLessThan(0);
        });
        expect(suggestActions([...subDomains].reverse(), ratings, results)).toEqual(drafts);
      }),
    );
  });
});
