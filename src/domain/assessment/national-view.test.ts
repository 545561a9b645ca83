import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResults } from './assessment.schemas.js';
import { stageDistributions } from './national-view.js';
import { agreedResultArb } from './test-support/arbitraries.js';
import { agreed, notApplicable, notAssessed } from './test-support/fixtures.js';

const KEYS = ['leadership', 'legislation'] as const;

describe('stageDistributions', () => {
  it('reports min, both middle values for an even count, max and counts per outcome', () => {
    const [leadership] = stageDistributions(KEYS, [
      { leadership: agreed(1) },
      { leadership: agreed(4) },
      { leadership: agreed(2) },
      { leadership: agreed(3) },
      { leadership: notApplicable },
      {},
      null,
    ]);
    expect(leadership).toEqual({
      key: 'leadership',
      min: 1,
      medianLow: 2,
      medianHigh: 3,
      max: 4,
      counts: { 1: 1, 2: 1, 3: 1, 4: 1 },
      notApplicable: 1,
      notAssessed: 1,
      noAssessment: 1,
    });
  });

  it('reports one median for an odd count', () => {
    const [leadership] = stageDistributions(KEYS, [
      { leadership: agreed(2) },
      { leadership: agreed(2) },
      { leadership: agreed(4) },
    ]);
    expect(leadership).toMatchObject({ min: 2, medianLow: 2, medianHigh: 2, max: 4 });
  });

  it('leaves min, median and max undefined while no jurisdiction agreed a stage', () => {
    const [, legislation] = stageDistributions(KEYS, [{ legislation: notAssessed }, null]);
    expect(legislation).toEqual({
      key: 'legislation',
      min: undefined,
      medianLow: undefined,
      medianHigh: undefined,
      max: undefined,
      counts: { 1: 0, 2: 0, 3: 0, 4: 0 },
      notApplicable: 0,
      notAssessed: 1,
      noAssessment: 1,
    });
  });

  const jurisdictionArb: fc.Arbitrary<AgreedResults | null> = fc.option(
    fc.record({ leadership: agreedResultArb }),
    { nil: null },
  );

  it('counts every jurisdiction once and keeps min ≤ medians ≤ max, all agreed values', () => {
    fc.assert(
      fc.property(fc.array(jurisdictionArb, { maxLength: 30 }), (jurisdictions) => {
        const [view] = stageDistributions(['leadership'], jurisdictions);
        if (!view) throw new Error('one key in, one distribution out');
        const stages = jurisdictions.flatMap((results) => {
          const result = results?.leadership;
          return result?.kind === 'stage' ? [result.stage] : [];
        });
        const counted = view.counts[1] + view.counts[2] + view.counts[3] + view.counts[4];
        expect(counted).toBe(stages.length);
        expect(counted + view.notApplicable + view.notAssessed + view.noAssessment).toBe(
          jurisdictions.length,
        );
        if (stages.length === 0) {
          expect([view.min, view.medianLow, view.medianHigh, view.max]).toEqual([
            undefined,
            undefined,
            undefined,
            undefined,
          ]);
          return;
        }
        const { min, medianLow, medianHigh, max } = view as Record<
          'min' | 'medianLow' | 'medianHigh' | 'max',
          StageNumber
        >;
        expect(min).toBe(Math.min(...stages));
        expect(max).toBe(Math.max(...stages));
        expect(min <= medianLow && medianLow <= medianHigh && medianHigh <= max).toBe(true);
        expect(stages).toContain(medianLow);
        expect(stages).toContain(medianHigh);
        // At least half the stages lie on each side of the middle values.
        const half = stages.length / 2;
        expect(stages.filter((stage) => stage <= medianLow).length).toBeGreaterThanOrEqual(half);
        expect(stages.filter((stage) => stage >= medianHigh).length).toBeGreaterThanOrEqual(half);
        if (stages.length % 2 === 1) expect(medianLow).toBe(medianHigh);
      }),
    );
  });

  it('does not depend on the order of the jurisdictions', () => {
    fc.assert(
      fc.property(
        fc
          .array(jurisdictionArb, { maxLength: 20 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          expect(stageDistributions(['leadership'], shuffled)).toEqual(
            stageDistributions(['leadership'], list),
          );
        },
      ),
    );
  });
});
