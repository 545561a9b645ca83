import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_KEYS } from '../framework/mnr-structure.js';
import type { AgreedResult } from './assessment.schemas.js';
import { rollUpCapabilities, rollUpCapability } from './capability-roll-up.js';
import { agreedResultArb, stageArb } from './test-support/arbitraries.js';
import { agreed, notApplicable, notAssessed } from './test-support/fixtures.js';

describe('rollUpCapability', () => {
  it('suggests the lowest sub-domain stage by default, with the spread', () => {
    expect(rollUpCapability([agreed(3), agreed(1), agreed(4), agreed(3)])).toEqual({
      suggestedStage: 1,
      spread: { min: 1, max: 4, counts: { 1: 1, 2: 0, 3: 2, 4: 1 } },
      notAssessed: 0,
      notApplicable: 0,
    });
  });

  it('takes the lower median under the median rule', () => {
    expect(
      rollUpCapability([agreed(4), agreed(1), agreed(3), agreed(2)], 'median').suggestedStage,
    ).toBe(2);
    expect(rollUpCapability([agreed(4), agreed(1), agreed(3)], 'median').suggestedStage).toBe(3);
  });

  it('leaves not-applicable sub-domains out', () => {
    const rollUp = rollUpCapability([notApplicable, agreed(3), agreed(2)]);
    expect(rollUp.suggestedStage).toBe(2);
    expect(rollUp.notApplicable).toBe(1);
  });

  it('suggests nothing while an applicable sub-domain is not assessed, but shows the spread so far', () => {
    const rollUp = rollUpCapability([agreed(3), notAssessed, agreed(2)]);
    expect(rollUp).toMatchObject({ suggestedStage: undefined, notAssessed: 1 });
    expect(rollUp.spread).toMatchObject({ min: 2, max: 3 });
  });

  it('suggests nothing when no sub-domain applies', () => {
    expect(rollUpCapability([notApplicable, notApplicable])).toEqual({
      suggestedStage: undefined,
      spread: { min: undefined, max: undefined, counts: { 1: 0, 2: 0, 3: 0, 4: 0 } },
      notAssessed: 0,
      notApplicable: 2,
    });
  });
});

describe('rollUpCapabilities', () => {
  it('rolls up every MNR capability from results keyed by sub-domain', () => {
    const rollUps = rollUpCapabilities({
      leadership: agreed(3),
      'research-analysis-monitoring': agreed(2),
      legislation: agreed(4),
      'ethical-media-reporting': agreed(2),
    });
    expect(Object.keys(rollUps)).toEqual(CAPABILITY_KEYS);
    expect(rollUps['policy-governance'].suggestedStage).toBe(2);
    expect(rollUps['media-communications']).toMatchObject({
      suggestedStage: undefined,
      notAssessed: 1,
    });
    expect(rollUps.victim.notAssessed).toBe(4);
  });
});

const fullyAgreedArb = fc.array(
  fc.oneof(
    { arbitrary: stageArb.map((stage) => agreed(stage)), weight: 5 },
    { arbitrary: fc.constant(notApplicable), weight: 1 },
  ),
  { minLength: 1, maxLength: 6 },
);

const applicableStages = (results: AgreedResult[]) =>
  results.flatMap((result) => (result.kind === 'stage' ? [result.stage] : []));

describe('rollUpCapability properties', () => {
  it('under "lowest", is no higher than any applicable sub-domain and equals one of them', () => {
    fc.assert(
      fc.property(fullyAgreedArb, (results) => {
        const stages = applicableStages(results);
        const { suggestedStage } = rollUpCapability(results, 'lowest');
        if (stages.length === 0) expect(suggestedStage).toBeUndefined();
        else {
          stages.forEach((stage) => expect(suggestedStage).toBeLessThanOrEqual(stage));
          expect(stages).toContain(suggestedStage);
        }
      }),
    );
  });

  it('under "median", lies between min and max with at least half the stages at or above it', () => {
    fc.assert(
      fc.property(fullyAgreedArb, (results) => {
        const stages = applicableStages(results);
        const { suggestedStage, spread } = rollUpCapability(results, 'median');
        if (stages.length === 0) return;
        expect(suggestedStage).toBeGreaterThanOrEqual(spread.min!);
        expect(suggestedStage).toBeLessThanOrEqual(spread.max!);
        const atOrAbove = stages.filter((stage) => stage >= suggestedStage!).length;
        const atOrBelow = stages.filter((stage) => stage <= suggestedStage!).length;
        expect(atOrAbove * 2).toBeGreaterThanOrEqual(stages.length);
        expect(atOrBelow * 2).toBeGreaterThanOrEqual(stages.length);
      }),
    );
  });

  it('is undefined whenever an applicable sub-domain is not assessed', () => {
    fc.assert(
      fc.property(fc.array(agreedResultArb, { maxLength: 6 }), (results) => {
        const missing = results.some(({ kind }) => kind === 'not-assessed');
        if (missing) expect(rollUpCapability(results, 'median').suggestedStage).toBeUndefined();
      }),
    );
  });

  it('counts every sub-domain exactly once in the spread and tallies', () => {
    fc.assert(
      fc.property(fc.array(agreedResultArb, { maxLength: 6 }), (results) => {
        const { spread, notAssessed: open, notApplicable: skipped } = rollUpCapability(results);
        const agreedCount = Object.values(spread.counts).reduce((sum, count) => sum + count, 0);
        expect(agreedCount + open + skipped).toBe(results.length);
      }),
    );
  });

  it('does not depend on the order of the sub-domains', () => {
    fc.assert(
      fc.property(fullyAgreedArb, fc.constantFrom('lowest', 'median' as const), (results, rule) => {
        expect(rollUpCapability([...results].reverse(), rule)).toEqual(
          rollUpCapability(results, rule),
        );
      }),
    );
  });
});
