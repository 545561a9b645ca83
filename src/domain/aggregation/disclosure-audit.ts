import type { Grid, Mask, Position } from './grid.js';

/**
 * Finds a suppressed entry that a reader can work out exactly, knowing every published number,
 * that every line adds up, and that every suppressed non-zero count is at least 1 (as if the
 * reader could tell which suppressed entries are zeros, which only makes the check stricter). Line-by-line subtraction is the simplest case; combining lines is the rest.
 *
 * Why this is exact: negate the margins (row totals, column totals; not the grand total) and
 * every row and every column of the grid sums to zero. Another table consistent with what is
 * published then differs from the true one by a change that also sums to zero along every line,
 * and such a change splits into alternating cycles: +1 and −1 in turn on suppressed entries,
 * moving along a row then a column. A cycle can be applied only if every count it lowers is at
 * least 2. So a suppressed entry is free exactly when some such cycle passes through it; with
 * rows and columns as the nodes of a graph and suppressed entries as edges that a cycle may
 * cross upwards or downwards, that is a path search.
 */
export function firstPinnedEntry(grid: Grid, mask: Mask): Position | undefined {
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  const hidden: Position[] = [];
  grid.forEach((row, rowIndex) =>
    row.forEach((_, column) => {
      if (mask[rowIndex]?.[column]) hidden.push([rowIndex, column]);
    }),
  );
  // Row nodes are 0..height-1, column nodes height..height+width-1.
  const columnNode = (column: number) => height + column;
  const isMargin = ([row, column]: Position) => {
    const inTotalsRow = row === height - 1;
    const inTotalsColumn = column === width - 1;
    return inTotalsRow !== inTotalsColumn;
  };
  const value = ([row, column]: Position) => grid[row]?.[column] ?? 0;
  /** Whether a cycle may move this entry by +1 in the negated-margin view (or by −1). */
  const mayMove = (entry: Position, up: boolean) => {
    const raisesCount = up !== isMargin(entry);
    return raisesCount || value(entry) >= 2;
  };

  // Row to column raises an entry (+1), column to row lowers it (−1).
  const edges = new Map<number, { entry: Position; to: number }[]>();
  const addEdge = (from: number, entry: Position, to: number) =>
    edges.set(from, [...(edges.get(from) ?? []), { entry, to }]);
  for (const entry of hidden) {
    const [row, column] = entry;
    if (mayMove(entry, true)) addEdge(row, entry, columnNode(column));
    if (mayMove(entry, false)) addEdge(columnNode(column), entry, row);
  }

  const reachable = (from: number, to: number, without: Position) => {
    const seen = new Set([from]);
    const queue = [from];
    for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
      if (node === to) return true;
      for (const edge of edges.get(node) ?? []) {
        if (edge.entry === without || seen.has(edge.to)) continue;
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
    return false;
  };

  return hidden.find((entry) => {
    const [row, column] = entry;
    const freeUp = mayMove(entry, true) && reachable(columnNode(column), row, entry);
    const freeDown = mayMove(entry, false) && reachable(row, columnNode(column), entry);
    return !freeUp && !freeDown;
  });
}
