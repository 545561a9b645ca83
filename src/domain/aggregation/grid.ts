/**
 * A table of counts held together with its margins: the last entry of each row is the row total,
 * the last row holds the column totals, and its last entry is the grand total. Every row and
 * every column of this grid is then a *line* whose last entry is the sum of the others, so one
 * rule protects cells, row totals, column totals and the grand total alike.
 */
export type Grid = readonly (readonly number[])[];

/** Which entries of a grid are suppressed, in the grid's shape. */
export type Mask = boolean[][];

export type Position = readonly [row: number, column: number];

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Adds the margins to a table of `columns` columns (given, as a table may have no rows). */
export function withMargins(cells: Grid, columns: number): number[][] {
  const rows = cells.map((row) => [...row, sum(row)]);
  const columnTotals = Array.from({ length: columns + 1 }, (_, column) =>
    sum(rows.map((row) => row[column] ?? 0)),
  );
  return [...rows, columnTotals];
}

/** Every entry, row by row. */
export function allPositions(grid: Grid): Position[] {
  return grid.flatMap((row, rowIndex) => row.map((_, column): Position => [rowIndex, column]));
}

/** The row line, then the column line, through each position; each line ends with its total. */
export function linesThrough(
  grid: Grid,
  [row, column]: Position,
): [row: Position[], column: Position[]] {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  return [
    Array.from({ length: width }, (_, index): Position => [row, index]),
    Array.from({ length: height }, (_, index): Position => [index, column]),
  ];
}

/** Every row, the totals row last: each is one group's countries spread across the stages. */
function rowsOf(grid: Grid): Position[][] {
  return grid.map((_, row) => linesThrough(grid, [row, 0])[0]);
}

/** Every row, then every column. */
export function linesOf(grid: Grid): Position[][] {
  const columns = (grid[0] ?? []).map((_, column) => linesThrough(grid, [0, column])[1]);
  return [...rowsOf(grid), ...columns];
}

export const valueAt = (grid: Grid, [row, column]: Position) => grid[row]?.[column] ?? 0;
export const hiddenAt = (mask: Mask, [row, column]: Position) => mask[row]?.[column] ?? false;
