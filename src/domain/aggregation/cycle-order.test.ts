import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCycleLabels } from './cycle-order.js';

describe('compareCycleLabels', () => {
  it('orders numbers by value and the rest by code unit', () => {
    expect(
      ['2024', 'cycle 10', '2022', 'cycle 9', '2023-2025', '2023', '02023'].sort(
        compareCycleLabels,
      ),
    ).toEqual(['2022', '02023', '2023', '2023-2025', '2024', 'cycle 9', 'cycle 10']);
  });

  it('is a total order: antisymmetric, transitive, equal only for equal labels', () => {
    const labelArb = fc.stringMatching(/^[0-9a -]{1,6}$/);
    fc.assert(
      fc.property(labelArb, labelArb, labelArb, (a, b, c) => {
        expect(Math.sign(compareCycleLabels(a, b)) + Math.sign(compareCycleLabels(b, a))).toBe(0);
        expect(compareCycleLabels(a, b) === 0).toBe(a === b);
        if (compareCycleLabels(a, b) < 0 && compareCycleLabels(b, c) < 0) {
          expect(compareCycleLabels(a, c)).toBeLessThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
