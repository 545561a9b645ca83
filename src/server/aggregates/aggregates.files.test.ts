import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toCsv, toXlsx } from './aggregates.files.js';

const table = {
  name: 'Distributions',
  header: ['Cycle', 'Stage 1', 'Note'],
  rows: [
    ['=HYPERLINK("http://example.org")', 'suppressed', 'a, "quoted"\nline'],
    ['2024', 12, '-3'],
  ],
};

describe('aggregate files', () => {
  it('writes CSV that spreadsheets open as UTF-8 text and never run as a formula', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual([
      ['Cycle', 'Stage 1', 'Note'],
      ['\'=HYPERLINK("http://example.org")', 'suppressed', 'a, "quoted"\nline'],
      ['2024', '12', '-3'],
    ]);
  });

  it('writes a workbook with numbers as numbers and formulas as text', async () => {
    const [sheet] = await readXlsxFile(await toXlsx([table]));
    expect(sheet?.sheet).toBe('Distributions');
    expect(sheet?.data.slice(1)).toEqual([
      ['\'=HYPERLINK("http://example.org")', 'suppressed', 'a, "quoted"\nline'],
      ['2024', 12, '-3'],
    ]);
  });
});
