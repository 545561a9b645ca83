import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../domain/exports/index.js';
import type { ExportTable, ExportValue } from './aggregates.tables.js';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

function csvField(value: ExportValue): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a byte order mark and CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One sheet per table, header row bold and frozen, numbers kept as numbers. */
export async function toXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MNR Self-Assessment';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header.map(neutraliseFormula)).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(
        row.map((value) => (typeof value === 'number' ? value : neutraliseFormula(value))),
      );
    }
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
