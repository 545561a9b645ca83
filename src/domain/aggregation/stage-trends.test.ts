import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AggregationSubmission } from './aggregation.schemas.js';
import { aggregateStages } from './stage-distributions.js';
import { stageTrends } from './stage-trends.js';
import { countries } from './test-support/fixtures.js';
import { thresholdArb } from './test-support/grid-arbitraries.js';
import { submissionsArb } from './test-support/submission-arbitraries.js';
import { plain } from './test-support/tables.js';

const atStage = (count: number, stage: 1 | 2 | 3 | 4, cycle: string): AggregationSubmission[] =>
  countries(count, { cycle, subDomainStages: { leadership: stage } });

describe('stageTrends', () => {
  it('gives the change between consecutive cycles, withheld where either side is', () => {
    // In 2022 the 1 at stage 3 is suppressed, and with it the 3 at stage 1 (its row) and the
    // column totals of both stages (the totals row), so those changes are withheld.
    const submissions = [
      ...atStage(4, 1, '2020'),
      ...atStage(5, 2, '2020'),
      ...atStage(3, 1, '2022'),
      ...atStage(8, 2, '2022'),
      ...atStage(1, 3, '2022'),
      ...atStage(9, 2, '2024'),
    ];
    const leadership = stageTrends(submissions, { k: 3 }).subDomains.find(
      ({ item }) => item === 'leadership',
    );
    expect(
      leadership?.trends.map(({ from, to, cells, total }) => [
        from,
        to,
        cells.map((cell) => (cell.kind === 'change' ? cell.value : null)),
        total.kind === 'change' ? total.value : null,
      ]),
    ).toEqual([
      ['2020', '2022', [null, 3, null, 0, 0], 3],
      ['2022', '2024', [null, 1, null, 0, 0], -3],
    ]);
  });

  it('has no trend with a single cycle', () => {
    const trends = stageTrends(atStage(5, 2, '2024')).subDomains.map(({ trends }) => trends);
    expect(trends.every((list) => list.length === 0)).toBe(true);
  });
});

describe('stageTrends properties', () => {
  it('publishes a change exactly where both cycles publish the count, as their difference', () => {
    fc.assert(
      fc.property(submissionsArb, thresholdArb, (submissions, k) => {
        const byCycle = aggregateStages(submissions, { by: 'cycle', k });
        const trends = stageTrends(submissions, { k });
        byCycle.subDomains.forEach((table, index) => {
          table.rows.slice(1).forEach((later, row) => {
            const earlier = plain(table.rows[row]?.cells ?? []);
            const expected = plain(later.cells).map((value, column) => {
              const before = earlier[column];
              return value === null || before === null || before === undefined
                ? null
                : value - before;
            });
            const cells = trends.subDomains[index]?.trends[row]?.cells ?? [];
            expect(cells.map((cell) => (cell.kind === 'change' ? cell.value : null))).toEqual(
              expected,
            );
          });
        });
      }),
      { numRuns: 60 },
    );
  });
});
