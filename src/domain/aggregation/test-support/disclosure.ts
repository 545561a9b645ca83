import { allPositions, type Grid, type Mask, type Position } from '../grid.js';

/**
 * Two independent attackers on a suppressed grid with margins (see `withMargins`), written
 * without the suppression code so that they check it rather than repeat it.
 */

const hiddenAt = (mask: Mask, [row, column]: Position) => mask[row]?.[column] ?? false;
const valueAt = (grid: Grid, [row, column]: Position) => grid[row]?.[column] ?? 0;

/** Every row and column of the grid: parts first, total last. */
export function linesOfGrid(grid: Grid): Position[][] {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  return [
    ...range(height).map((row) => range(width).map((column): Position => [row, column])),
    ...range(width).map((column) => range(height).map((row): Position => [row, column])),
  ];
}

/**
 * Linear subtraction run to a fixpoint: a line with exactly one unknown entry gives it away
 * (the total minus the known parts, or the sum of the known parts), which may leave another
 * line with one unknown, and so on. Returns the suppressed entries this recovers.
 */
export function recoveredBySubtraction(grid: Grid, mask: Mask): Position[] {
  const known = mask.map((row) => row.map((hidden) => !hidden));
  const lines = linesOfGrid(grid);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const unknown = line.filter(([row, column]) => !known[row]?.[column]);
      const [only] = unknown;
      if (unknown.length !== 1 || !only) continue;
      const knownRow = known[only[0]];
      if (knownRow) knownRow[only[1]] = true;
      changed = true;
    }
  }
  return allPositions(grid).filter(
    ([row, column]) => hiddenAt(mask, [row, column]) && known[row]?.[column],
  );
}

/**
 * A stronger attacker: knows every published number, that the lines add up, and which
 * suppressed entries are zeros and which are at least 1 (more than a reader can know: zeros are
 * suppressed only where they would tell that a line's countries all fall in one cell). Searches
 * every completion of the suppressed cells (each up to cap) and returns the suppressed entries,
 * cells or totals, that take the same value in all of them: those are disclosed, by whatever
 * reasoning.
 */
export function pinnedByIntegerReasoning(grid: Grid, mask: Mask, cap: number): Position[] {
  const lastRow = grid.length - 1;
  const lastColumn = (grid[0]?.length ?? 1) - 1;
  const isPublished = (position: Position) => !hiddenAt(mask, position);
  const hiddenCells = allPositions(grid).filter(
    ([row, column]) => row < lastRow && column < lastColumn && hiddenAt(mask, [row, column]),
  );
  const hiddenEntries = allPositions(grid).filter((position) => hiddenAt(mask, position));
  const seen = hiddenEntries.map(() => new Set<number>());
  const floorOf = (position: Position) => (valueAt(grid, position) > 0 ? 1 : 0);
  const floorsOf = (positions: readonly Position[]) =>
    positions.reduce((total, position) => total + floorOf(position), 0);
  // Suppressed cells start at 0: a partial sum then never overshoots what is still to come.
  const trial = grid.map((row, rowIndex) =>
    row.map((value, column) => (hiddenAt(mask, [rowIndex, column]) ? 0 : value)),
  );
  const cellsOf = (row: number) => (trial[row] ?? []).slice(0, lastColumn);
  const cellsIn = (column: number) => trial.slice(0, lastRow).map((cells) => cells[column] ?? 0);
  const add = (values: number[]) => values.reduce((total, value) => total + value, 0);

  /** The bounds a cell's value must keep to for one line, given the cells not yet chosen. */
  const bounds = (cell: Position, total: Position, partial: number, later: Position[]) => {
    const low = floorOf(cell);
    if (!isPublished(total)) return { low, high: cap };
    const remaining = valueAt(grid, total) - partial;
    return later.length === 0
      ? { low: remaining, high: remaining }
      : { low, high: remaining - floorsOf(later) };
  };

  const search = (index: number): boolean => {
    const cell = hiddenCells[index];
    if (!cell) {
      trial.forEach((cells, row) => {
        if (row < lastRow) cells[lastColumn] = add(cellsOf(row));
      });
      trial[lastRow] = (grid[lastRow] ?? []).map((_, column) => add(cellsIn(column)));
      const consistent = allPositions(grid).every(
        (position) => !hiddenAt(mask, position) || valueAt(trial, position) >= floorOf(position),
      );
      const matches = allPositions(grid).every(
        (position) =>
          !isPublished(position) || valueAt(trial, position) === valueAt(grid, position),
      );
      if (!consistent || !matches) return false;
      hiddenEntries.forEach((position, entry) => seen[entry]?.add(valueAt(trial, position)));
      return seen.every((values) => values.size >= 2);
    }
    const [row, column] = cell;
    const later = hiddenCells.slice(index + 1);
    const limits = [
      bounds(
        cell,
        [row, lastColumn],
        add(cellsOf(row)),
        later.filter(([r]) => r === row),
      ),
      bounds(
        cell,
        [lastRow, column],
        add(cellsIn(column)),
        later.filter(([, c]) => c === column),
      ),
      bounds(
        cell,
        [lastRow, lastColumn],
        add(trial.slice(0, lastRow).flatMap((_, r) => cellsOf(r))),
        later,
      ),
    ];
    const low = Math.max(floorOf(cell), ...limits.map((limit) => limit.low));
    const high = Math.min(cap, ...limits.map((limit) => limit.high));
    const cells = trial[row] ?? [];
    for (let value = low; value <= high; value += 1) {
      cells[column] = value;
      if (search(index + 1)) return true;
    }
    cells[column] = 0;
    return false;
  };
  search(0);
  return hiddenEntries.filter((_, entry) => (seen[entry]?.size ?? 0) < 2);
}
