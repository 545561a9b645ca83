import type ExcelJS from 'exceljs';
import { restoreNeutralised } from '../../../domain/exports/index.js';

export type WorkbookProblem = { where: string; problem: string };

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function calendarDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** Reads cells and collects what is wrong with them, each problem named by sheet and cell. */
export class CellReader {
  readonly problems: WorkbookProblem[] = [];

  where(sheet: ExcelJS.Worksheet, row: number, column?: number): string {
    return column === undefined
      ? `${sheet.name}!${row}:${row}`
      : `${sheet.name}!${sheet.getCell(row, column).address}`;
  }

  problem(where: string, problem: string): void {
    this.problems.push({ where, problem });
  }

  /** The text a person sees in the cell, with the formula guard added on export taken off. */
  text(sheet: ExcelJS.Worksheet, row: number, column: number): string {
    const value = sheet.getCell(row, column).value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return restoreNeutralised(value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return isoDate(value);
    if ('richText' in value)
      return restoreNeutralised(value.richText.map(({ text }) => text).join(''));
    if ('hyperlink' in value) return restoreNeutralised(String(value.text));
    if ('formula' in value || 'sharedFormula' in value) {
      this.problem(
        this.where(sheet, row, column),
        'holds a formula; type the text itself (a text starting with "=" needs an apostrophe before it)',
      );
      return '';
    }
    this.problem(this.where(sheet, row, column), 'holds an error value instead of text');
    return '';
  }

  /** A calendar date (YYYY-MM-DD) from a date cell, an Excel serial day or typed text; null when empty. */
  date(sheet: ExcelJS.Worksheet, row: number, column: number): string | null {
    const value = sheet.getCell(row, column).value;
    if (value === null || value === undefined || value === '') return null;
    if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDate(value);
    if (typeof value === 'number' && Number.isFinite(value)) {
      return isoDate(new Date(EXCEL_EPOCH + Math.floor(value) * DAY_MS));
    }
    const text = typeof value === 'string' ? calendarDate(value.trim()) : undefined;
    if (text) return text;
    this.problem(this.where(sheet, row, column), 'is not a date: enter a date such as 2026-03-31');
    return null;
  }

  /** True when the columns still carry the headers the export wrote. */
  headersMatch(
    sheet: ExcelJS.Worksheet,
    headerRow: number,
    columns: readonly { header: string }[],
  ): boolean {
    for (const [index, { header }] of columns.entries()) {
      const found = this.text(sheet, headerRow, index + 1).trim();
      if (found.toLowerCase() !== header.toLowerCase()) {
        this.problem(
          this.where(sheet, headerRow, index + 1),
          `expected the column "${header}" here but found "${found}": columns must stay as exported`,
        );
        return false;
      }
    }
    return true;
  }
}
