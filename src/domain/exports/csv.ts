import { neutraliseFormula } from './neutralise-formula.js';

export type CsvCell = string | number | null;

const BOM = '\uFEFF';

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled. UTF-8 with a byte order mark, without which Excel reads UTF-8 as the local code page
 * and garbles Arabic or Chinese. Text cells are protected from running as formulas.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
