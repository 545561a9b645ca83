import type { Cell, DistributionTable } from '../aggregation.results.js';

export type Line = { cells: Cell[]; total: Cell };

/** Every line of a published table: its rows and then the totals row, then its columns and the totals column. */
export function linesOfTable(table: DistributionTable): Line[] {
  const columns = table.columnTotals.map((total, column) => ({
    cells: table.rows.map((row) => row.cells[column] ?? { kind: 'suppressed' as const }),
    total,
  }));
  return [
    ...table.rows.map(({ cells, total }) => ({ cells, total })),
    { cells: table.columnTotals, total: table.grandTotal },
    ...columns,
    { cells: table.rows.map((row) => row.total), total: table.grandTotal },
  ];
}

export const suppressed = { kind: 'suppressed' } as const;
export const count = (value: number) => ({ kind: 'count', value }) as const;

/** Cells as numbers, or `null` where suppressed, for readable expectations. */
export function plain(cells: readonly Cell[]): (number | null)[] {
  return cells.map((cell) => (cell.kind === 'count' ? cell.value : null));
}
