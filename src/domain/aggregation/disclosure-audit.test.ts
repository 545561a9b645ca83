import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstPinnedEntry } from './disclosure-audit.js';
import { withMargins } from './grid.js';
import { pinnedByIntegerReasoning, recoveredBySubtraction } from './test-support/disclosure.js';

describe('firstPinnedEntry', () => {
  it('finds suppressed ones that no line gives away alone', () => {
    // Row [1, 1, 5 | 7]: every line has two suppressed entries or none, but the two suppressed
    // cells add up to 2 and neither can be 0 (zeros are published), so both are 1.
    const grid = withMargins([[1, 1, 5]], 3);
    const mask = [
      [true, true, false, false],
      [true, true, false, false],
    ];
    expect(recoveredBySubtraction(grid, mask)).toEqual([]);
    expect(firstPinnedEntry(grid, mask)).toEqual([0, 0]);
  });

  it('finds nothing where a swap around a rectangle stays consistent', () => {
    const grid = withMargins(
      [
        [2, 6],
        [5, 9],
      ],
      2,
    );
    const block = [
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ];
    expect(firstPinnedEntry(grid, block)).toBeUndefined();
  });

  it('agrees with an exhaustive search on small tables with any suppression', () => {
    const smallTable = fc.array(fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 2,
    });
    fc.assert(
      fc.property(smallTable, fc.infiniteStream(fc.boolean()), (cells, coins) => {
        const grid = withMargins(cells, 3);
        // Zeros are never suppressed, which is what lets a reader assume suppressed means ≥ 1.
        const mask = grid.map((row) => row.map((value) => value > 0 && coins.next().value));
        const grandTotal = grid.at(-1)?.at(-1) ?? 0;
        const pinned = pinnedByIntegerReasoning(grid, mask, grandTotal + 2);
        const found = firstPinnedEntry(grid, mask);
        if (found) expect(pinned).toContainEqual(found);
        else expect(pinned).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
