import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withMargins } from './grid.js';
import { suppressGrid, suppressGridsSharingALine } from './suppression.js';
import {
  linesOfGrid,
  pinnedByIntegerReasoning,
  recoveredBySubtraction,
} from './test-support/disclosure.js';
import { cellsArb, thresholdArb } from './test-support/grid-arbitraries.js';

const X = true;
const _ = false;

describe('withMargins', () => {
  it('adds row totals, column totals and the grand total', () => {
    expect(
      withMargins(
        [
          [1, 2],
          [3, 4],
        ],
        2,
      ),
    ).toEqual([
      [1, 2, 3],
      [3, 4, 7],
      [4, 6, 10],
    ]);
  });

  it('keeps the shape of a table without rows', () => {
    expect(withMargins([], 3)).toEqual([[0, 0, 0, 0]]);
  });
});

describe('suppressGrid', () => {
  it('hides a small cell and one more in its row and its column, here a 2×2 block', () => {
    const grid = withMargins(
      [
        [2, 6, 7, 8],
        [5, 9, 6, 10],
      ],
      4,
    );
    expect(suppressGrid(grid, 5)).toEqual([
      [X, X, _, _, _],
      [X, X, _, _, _],
      [_, _, _, _, _],
    ]);
  });

  it('publishes zeros, and a grand total only from k', () => {
    expect(suppressGrid(withMargins([[0, 0]], 2), 3)).toEqual([
      [_, _, _],
      [_, _, _],
    ]);
    expect(suppressGrid(withMargins([[0, 2, 4]], 3), 3)).toEqual([
      [X, X, X, _],
      [X, X, X, _],
    ]);
    // Beside a published count, a zero stays published.
    expect(suppressGrid(withMargins([[0, 2, 4, 7]], 4), 3)[0]).toEqual([_, X, X, _, _]);
  });

  it('withholds the whole row where its zeros would tell that the group is at the suppressed stage', () => {
    // Published as [0, X, 0, 0 | X], the first row would say that every country of that group
    // is at the second stage; with only one zero hidden, which one would give the stage away.
    const mask = suppressGrid(
      withMargins(
        [
          [0, 2, 0, 0],
          [4, 6, 5, 9],
          [5, 7, 6, 8],
        ],
        4,
      ),
      3,
    );
    expect(mask[0]).toEqual([X, X, X, X, X]);
    expect(mask[3]).toEqual([_, _, _, _, _]);
  });

  it('does not let suppressed ones be told apart by their sum', () => {
    // Cells 1 and 1 with a published total of 7 and a published 5 add up to 2: both must be 1.
    // So the 5 goes too, and then its column total, which would equal it.
    expect(suppressGrid(withMargins([[1, 1, 5]], 3), 3)).toEqual([
      [X, X, X, _],
      [X, X, X, _],
    ]);
  });

  it('suppresses a total in 1..k-1 along with its cells', () => {
    expect(
      suppressGrid(
        withMargins(
          [
            [2, 1],
            [0, 9],
            [0, 8],
          ],
          2,
        ),
        5,
      )[0],
    ).toEqual([X, X, X]);
  });

  it('applies the threshold it is given', () => {
    const grid = withMargins([[4, 9, 9]], 3);
    expect(suppressGrid(grid, 4)[0]?.[0]).toBe(false);
    expect(suppressGrid(grid, 5)[0]?.[0]).toBe(true);
  });
});

describe('suppressGrid properties', () => {
  it('publishes no count in 1..k-1, and leaves no line with a single suppressed entry', () => {
    fc.assert(
      fc.property(cellsArb(6, 5), thresholdArb, (cells, k) => {
        const grid = withMargins(cells, cells[0]?.length ?? 0);
        const mask = suppressGrid(grid, k);
        grid.forEach((row, rowIndex) =>
          row.forEach((value, column) => {
            if (!mask[rowIndex]?.[column]) expect(value === 0 || value >= k).toBe(true);
          }),
        );
        for (const line of linesOfGrid(grid)) {
          const hidden = line.filter(([row, column]) => mask[row]?.[column]);
          expect(hidden.length).not.toBe(1);
        }
      }),
    );
  });

  it('withholds a row whole rather than publish only zeros beside its suppressed cells', () => {
    fc.assert(
      fc.property(cellsArb(6, 5), thresholdArb, (cells, k) => {
        const grid = withMargins(cells, cells[0]?.length ?? 0);
        const mask = suppressGrid(grid, k);
        grid.forEach((row, index) => {
          const parts = row.slice(0, -1).map((value, column) => ({
            value,
            hidden: mask[index]?.[column] ?? false,
          }));
          const published = parts.filter((part) => !part.hidden);
          if (published.length === parts.length || published.length === 0) return;
          // Which cells hold the countries must not show in which cells are withheld.
          expect(published.some((part) => part.value > 0)).toBe(true);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves no row whose countries all fall in its one suppressed cell', () => {
    fc.assert(
      fc.property(cellsArb(6, 5), thresholdArb, (cells, k) => {
        const grid = withMargins(cells, cells[0]?.length ?? 0);
        const mask = suppressGrid(grid, k);
        for (const line of linesOfGrid(grid).slice(0, grid.length)) {
          const parts = line.slice(0, -1);
          const hidden = parts.filter(([row, column]) => mask[row]?.[column]);
          const publishedNonZero = parts.filter(
            ([row, column]) => !mask[row]?.[column] && (grid[row]?.[column] ?? 0) > 0,
          );
          if (hidden.length === 1 && parts.length > 1) expect(publishedNonZero).not.toEqual([]);
        }
      }),
    );
  });

  it('lets nothing suppressed be recovered by subtraction, line after line', () => {
    fc.assert(
      fc.property(cellsArb(6, 5), thresholdArb, (cells, k) => {
        const grid = withMargins(cells, cells[0]?.length ?? 0);
        expect(recoveredBySubtraction(grid, suppressGrid(grid, k))).toEqual([]);
      }),
    );
  });

  it('lets nothing suppressed be pinned down, even knowing every suppressed count is ≥ 1', () => {
    fc.assert(
      fc.property(cellsArb(3, 3), thresholdArb, (cells, k) => {
        const grid = withMargins(cells, cells[0]?.length ?? 0);
        const grandTotal = grid[grid.length - 1]?.at(-1) ?? 0;
        expect(pinnedByIntegerReasoning(grid, suppressGrid(grid, k), grandTotal + 2)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('suppresses the shared margin alike in every grid that shares it', () => {
    const twoBreakdowns = fc
      .array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(3)), { maxLength: 40 })
      .map((countries) => {
        const byFirst = [0, 1, 2].map((group) =>
          [0, 1, 2, 3].map(
            (stage) => countries.filter(([a, , s]) => a === group && s === stage).length,
          ),
        );
        const bySecond = [0, 1, 2].map((group) =>
          [0, 1, 2, 3].map(
            (stage) => countries.filter(([, b, s]) => b === group && s === stage).length,
          ),
        );
        return [withMargins(byFirst, 4), withMargins(bySecond, 4)].map((grid) => ({
          grid,
          sharedRows: [3],
        }));
      });
    fc.assert(
      fc.property(twoBreakdowns, thresholdArb, (grids, k) => {
        const [first, second] = suppressGridsSharingALine(grids, k);
        expect(first?.at(-1)).toEqual(second?.at(-1));
        for (const [index, mask] of [first, second].entries()) {
          const grid = grids[index]?.grid ?? [];
          expect(recoveredBySubtraction(grid, mask ?? [])).toEqual([]);
        }
      }),
    );
  });
});
