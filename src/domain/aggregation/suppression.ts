import { firstPinnedEntry } from './disclosure-audit.js';
import {
  allPositions,
  hiddenAt,
  linesOf,
  linesThrough,
  valueAt,
  type Grid,
  type Mask,
  type Position,
} from './grid.js';
import { isSmall } from './threshold.js';

/**
 * The smallest non-zero published entry among these, which hides the least, ties going to the
 * first in their fixed order (never to anything about the countries behind the counts).
 */
function smallestPublished(
  positions: readonly Position[],
  grid: Grid,
  mask: Mask,
): Position | undefined {
  let best: Position | undefined;
  for (const position of positions) {
    const value = valueAt(grid, position);
    if (hiddenAt(mask, position) || value === 0) continue;
    if (best === undefined || value < valueAt(grid, best)) best = position;
  }
  return best;
}

const firstPublished = (positions: readonly Position[], mask: Mask) =>
  positions.find((entry) => !hiddenAt(mask, entry));

/**
 * What to suppress to protect a line: its smallest published non-zero part, else its total,
 * else a published zero part (the line's suppressed entry is then a zero too, or its total).
 */
function complementIn(line: readonly Position[], grid: Grid, mask: Mask): Position | undefined {
  const parts = line.slice(0, -1);
  const total = line[line.length - 1];
  return (
    smallestPublished(parts, grid, mask) ??
    (total && !hiddenAt(mask, total) ? total : undefined) ??
    firstPublished(parts, mask)
  );
}

/**
 * The entry to suppress to protect the first of these lines that has a candidate, or as a last
 * resort the smallest published entry anywhere.
 */
function complementFor(lines: Position[][], grid: Grid, mask: Mask): Position {
  const positions = allPositions(grid);
  const choice =
    lines.map((line) => complementIn(line, grid, mask)).find((entry) => entry !== undefined) ??
    smallestPublished(positions, grid, mask) ??
    firstPublished(positions, mask);
  // With every entry suppressed nothing can be worked out (raising any cell by one, with its
  // totals, is consistent with all that is known), so a choice always remains while something
  // is disclosed. A failure here is a bug, not bad input.
  if (!choice) throw new Error('Suppression found a disclosure with nothing left to suppress');
  return choice;
}

/**
 * A row whose published cells are all zeros tells that every country of that group is at one
 * of its suppressed stages, and with a single suppressed cell, at that stage (every country of
 * a region at stage 1, say), even though the counts stay hidden. Its zeros are withheld too, all
 * of them: hiding only some, chosen by any fixed rule, would let a reader who knows the rule
 * tell which cells hold the countries (with the first zero hidden beside it, a suppressed pair
 * of stages 1 and 3 could only mean stage 3). Columns need no such care: a column's zeros say
 * only that no country of those groups is at that stage, which each zero publishes anyway.
 */
function zerosToHideIn(row: readonly Position[], grid: Grid, mask: Mask): Position[] {
  const cells = row.slice(0, -1);
  const published = cells.filter((entry) => !hiddenAt(mask, entry));
  if (published.length === cells.length) return [];
  return published.some((entry) => valueAt(grid, entry) > 0) ? [] : published;
}

function hide(mask: Mask, [row, column]: Position): void {
  const maskRow = mask[row];
  if (maskRow) maskRow[column] = true;
}

/**
 * k-suppression with complementary suppression on a grid with margins (see `withMargins`).
 * Every entry in 1..k-1 is suppressed (primary), and so is every entry in `alsoHidden` (entries
 * another table withholds; see `suppressGridsSharingALine`). Then, in passes over every row and
 * column until a pass changes nothing, a line with a single suppressed entry (the total minus
 * the rest) gets one more, and a row whose published cells would all be zeros is withheld whole
 * (see `zerosToHideIn`). Once no line is left like that, the full audit
 * (`firstPinnedEntry`) looks for an entry that can still be worked out by combining lines; its
 * row, else its column, gets one more and the passes start again. Suppressing only ever adds, so
 * this ends, and it ends only when the audit finds nothing.
 */
export function suppressGrid(grid: Grid, k: number, alsoHidden: readonly Position[] = []): Mask {
  const mask = grid.map((row) => row.map((value) => isSmall(value, k)));
  for (const position of alsoHidden) hide(mask, position);
  const lines = linesOf(grid);
  for (;;) {
    let changed = false;
    for (const [index, line] of lines.entries()) {
      const single = line.filter((entry) => hiddenAt(mask, entry)).length === 1;
      const isRow = index < grid.length;
      const zeros = single || !isRow ? [] : zerosToHideIn(line, grid, mask);
      if (!single && zeros.length === 0) continue;
      for (const entry of single ? [complementFor([line], grid, mask)] : zeros) hide(mask, entry);
      changed = true;
    }
    if (changed) continue;
    const pinned = firstPinnedEntry(grid, mask);
    if (!pinned) return mask;
    hide(mask, complementFor(linesThrough(grid, pinned), grid, mask));
  }
}

/** A grid and the rows of it that hold the shared line (there may be none). */
export type GridSharingALine = { grid: Grid; sharedRows: readonly number[] };

/**
 * Suppresses several grids that hold the same line of counts, with its total, in some of their
 * rows (the same countries broken down by region, by income group and by system have the same
 * column totals; with a single cycle, the breakdown by cycle has them as its one row). An entry
 * of that line suppressed in one grid but published in another could be read off the other and
 * used to undo the first grid's protection, so each grid is suppressed with the union of what
 * any grid suppresses in the line, until that union stops growing.
 */
export function suppressGridsSharingALine(grids: readonly GridSharingALine[], k: number): Mask[] {
  let shared: boolean[] = [];
  for (;;) {
    const hiddenInLine = shared.flatMap((hidden, column) => (hidden ? [column] : []));
    const masks = grids.map(({ grid, sharedRows }) =>
      suppressGrid(
        grid,
        k,
        sharedRows.flatMap((row) => hiddenInLine.map((column): Position => [row, column])),
      ),
    );
    const lines = grids.flatMap(({ sharedRows }, index) =>
      sharedRows.map((row) => masks[index]?.[row] ?? []),
    );
    const union = (lines[0] ?? []).map((_, column) => lines.some((line) => line[column]));
    if (lines.every((line) => line.every((hidden, column) => hidden === union[column]))) {
      return masks;
    }
    shared = union;
  }
}
