import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  AssessmentDocument,
  AssessmentRecord,
} from '../../../domain/assessment-document/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import {
  SAMPLE_TEXT,
  fixtureDocument,
  fixtureFramework,
} from '../test-support/assessment-document-fixture.js';
import { assessmentWorkbook, readAssessmentWorkbook, type ReadResult } from './index.js';

let framework: FrameworkView;
let document: AssessmentDocument;
let workbook: Buffer;

beforeAll(async () => {
  framework = await fixtureFramework();
  document = fixtureDocument(framework);
  workbook = await assessmentWorkbook(document, framework, 'en', {
    openInvitations: 0,
    sharesWithAlliance: true,
  });
});

/** What a workbook carries: everything in the record except the evidence files. */
function carried(record: AssessmentRecord): AssessmentRecord {
  return { ...record, indicators: record.indicators.map((entry) => ({ ...entry, files: [] })) };
}

async function edited(change: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(workbook as unknown as ArrayBuffer);
  change(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function rowWithKey(worksheet: ExcelJS.Worksheet, key: string): number {
  for (let row = 1; row <= worksheet.rowCount; row += 1) {
    if (worksheet.getCell(row, 1).value === key) return row;
  }
  throw new Error(`no row ${key}`);
}

function problemsOf(result: ReadResult) {
  if (result.ok) throw new Error('the workbook was accepted');
  return result.problems;
}

const CAPABILITY_SHEETS = [
  'Policy and governance',
  'Criminal justice',
  'Victim',
  'Societal',
  'Industry',
  'Media and communications',
];

describe('assessment workbook read by a second library', () => {
  it('has every sheet, each name within Excel’s 31 characters', async () => {
    const sheets = await readXlsxFile(workbook);
    const names = sheets.map(({ sheet }) => sheet);
    expect(names).toEqual([
      'Completion guide',
      ...CAPABILITY_SHEETS,
      'Results summary',
      'Action plan',
      'Enablers',
      'About',
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('holds every indicator’s status word and evidence, with scripts intact and formulas neutralised', async () => {
    const sheets = await readXlsxFile(workbook);
    const rows = new Map<string, unknown[]>();
    for (const { sheet: name, data } of sheets) {
      if (!CAPABILITY_SHEETS.includes(name)) continue;
      for (const row of data) if (typeof row[0] === 'string') rows.set(row[0], row);
    }
    const words = {
      met: 'Met',
      'partly-met': 'Partly met',
      'not-met': 'Not met',
      unknown: "Don't know",
    };
    for (const entry of document.record.indicators) {
      const row = rows.get(entry.key);
      expect(row, entry.key).toBeDefined();
      expect(row?.[3] ?? null).toBe(entry.status ? words[entry.status] : null);
      // Text starting with = + - @ gets an apostrophe; a plain number such as -3 does not.
      const guarded = /^[=+@]/.test(entry.evidence) || /^-\D/.test(entry.evidence);
      const evidence = guarded ? `'${entry.evidence}` : entry.evidence;
      expect(row?.[4] ?? '').toBe(evidence);
    }
    const first = rows.get('leadership.1.1');
    expect(first?.[4]).toContain(SAMPLE_TEXT.arabic);
    expect(first?.[4]).toContain(SAMPLE_TEXT.chinese);
    expect(first?.[4]).toContain(SAMPLE_TEXT.cyrillic);
    expect(first?.[5]).toBe(
      'Decree 12/2025 <https://example.gov/decree-12>\nhttps://example.gov/minutes?id=4&lang=ar',
    );
    expect(first?.[6]).toBe('terms-of-reference.pdf (48 KB)');
    expect(rows.get('leadership.1.2')?.[4]).toBe(`'${SAMPLE_TEXT.formula}`);
    expect(rows.get('leadership.1.3')?.[4]).toBe('-3');
    expect(rows.get('legislation.1.1')?.[4]).toBe(`'${SAMPLE_TEXT.phone}`);
  });

  it('holds every agreed stage and rationale', async () => {
    const sheets = await readXlsxFile(workbook);
    const rows = new Map(
      sheets
        .flatMap(({ data }) => data)
        .flatMap((row) => (typeof row[0] === 'string' ? [[row[0], row] as const] : [])),
    );
    for (const { key, result } of document.record.subDomains) {
      const row = rows.get(`agreed:${key}`);
      if (result.kind === 'stage') {
        expect(row?.[3]).toMatch(new RegExp(`^${result.stage} – `));
        expect(row?.[4]).toBe(result.rationale);
      } else if (result.kind === 'not-applicable') {
        expect(row?.[3]).toBe('Not applicable');
        expect(row?.[4]).toBe(result.reason);
      } else {
        expect(row?.[3]).toBe('Not assessed');
      }
    }
  });

  it('lists the action plan with real dates, not shifted, and numbers left as numbers', async () => {
    const plan = (await readXlsxFile(workbook)).find(({ sheet: name }) => name === 'Action plan');
    const rows = plan?.data.slice(2).filter((row) => row[2] !== null) ?? [];
    expect(rows).toHaveLength(document.record.plan.length);
    document.record.plan.forEach((item, index) => {
      const row = rows[index] ?? [];
      expect(row[0]).toBe(index + 1);
      expect(row[2]).toBe(item.title);
      expect(row[3]).toBe(
        item.description === SAMPLE_TEXT.formula ? `'${item.description}` : item.description,
      );
      const date = (value: unknown) =>
        value instanceof Date ? value.toISOString().slice(0, 10) : value;
      expect(date(row[9])).toBe(item.startDate);
      expect(date(row[10])).toBe(item.targetDate);
    });
    expect(rows[1]?.[2]).toBe(`${SAMPLE_TEXT.chinese} ${SAMPLE_TEXT.arabic}`);
  });

  it('colours the heat map cells up to the agreed stage', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    const results = sheet(book, 'Results summary');
    const leadership = results.getRow(4); // stage 2 agreed
    const fillOf = (cell: ExcelJS.Cell) =>
      cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;
    expect(leadership.getCell(3).value).toContain('Leadership');
    expect(fillOf(leadership.getCell(4))).toBeDefined();
    expect(fillOf(leadership.getCell(5))).toBeDefined();
    expect(fillOf(leadership.getCell(6))).toBeUndefined();
    expect(leadership.getCell(4).value).toMatch(/^\d+\/\d+ met$/);
  });
});

describe('reading a workbook back', () => {
  it('gives back the record it was made from, for everything a workbook carries', async () => {
    const result = await readAssessmentWorkbook(workbook, framework);
    expect(result).toEqual({ ok: true, record: carried(document.record) });
  });

  it('brings back a status word and a rationale changed offline', async () => {
    const changed = await edited((book) => {
      const policy = sheet(book, 'Policy and governance');
      policy.getCell(rowWithKey(policy, 'leadership.1.1'), 4).value = 'not met';
      const agreed = rowWithKey(policy, 'agreed:legislation');
      policy.getCell(agreed, 4).value = '3 – Integration';
      policy.getCell(agreed, 5).value = 'Отредактировано офлайн: 法律已修订';
      const plan = sheet(book, 'Action plan');
      plan.getCell(5, 2).value = '17. CSEA reporting';
      plan.getCell(5, 3).value = 'A new action';
      plan.getCell(5, 9).value = 'Low';
      plan.getCell(5, 11).value = new Date(Date.UTC(2027, 0, 15));
      plan.getCell(5, 12).value = 'Blocked';
    });
    const result = await readAssessmentWorkbook(changed, framework);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const expected = carried(document.record);
    expect(result.record.indicators.find(({ key }) => key === 'leadership.1.1')?.status).toBe(
      'not-met',
    );
    expect(result.record.subDomains.find(({ key }) => key === 'legislation')?.result).toEqual({
      kind: 'stage',
      stage: 3,
      rationale: 'Отредактировано офлайн: 法律已修订',
    });
    expect(result.record.plan).toHaveLength(3);
    expect(result.record.plan[2]).toMatchObject({
      subDomainKey: 'csea-reporting',
      title: 'A new action',
      priority: 'low',
      targetDate: '2027-01-15',
      startDate: null,
      status: 'blocked',
    });
    expect(result.record.plan.slice(0, 2)).toEqual(expected.plan);
  });

  it('refuses a workbook whose key column header was renamed, naming the cell', async () => {
    const changed = await edited((book) => {
      sheet(book, 'Victim').getCell('A2').value = 'Reference';
    });
    expect(problemsOf(await readAssessmentWorkbook(changed, framework))).toContainEqual({
      where: 'Victim!A2',
      problem: expect.stringContaining('expected the column "Key"'),
    });
  });

  it('refuses a changed key and a missing row', async () => {
    const changed = await edited((book) => {
      const victim = sheet(book, 'Victim');
      victim.getCell(rowWithKey(victim, 'child-helpline.1.1'), 1).value = 'child-helpline.1.99';
    });
    const problems = problemsOf(await readAssessmentWorkbook(changed, framework));
    expect(problems).toContainEqual({
      where: expect.stringMatching(/^Victim!A\d+$/),
      problem: expect.stringContaining('unknown key "child-helpline.1.99"'),
    });
    expect(problems).toContainEqual({
      where: 'Victim!A:A',
      problem: 'the row with key "child-helpline.1.1" is missing',
    });
  });

  it('refuses an unknown status word and a stage out of range, each with its cell', async () => {
    const changed = await edited((book) => {
      const industry = sheet(book, 'Industry');
      const indicator = rowWithKey(industry, 'csea-reporting.2.1');
      industry.getCell(indicator, 4).value = 'Mostly';
      const agreed = rowWithKey(industry, 'agreed:csea-reporting');
      industry.getCell(agreed, 4).value = '5';
    });
    const problems = problemsOf(await readAssessmentWorkbook(changed, framework));
    const industry = await edited(() => undefined).then(async (buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
      return sheet(book, 'Industry');
    });
    expect(problems).toEqual([
      {
        where: `Industry!D${rowWithKey(industry, 'csea-reporting.2.1')}`,
        problem: expect.stringContaining('"Mostly" is not a status'),
      },
      {
        where: `Industry!D${rowWithKey(industry, 'agreed:csea-reporting')}`,
        problem: 'stage 5 is out of range: stages run from 1 to 4',
      },
    ]);
  });

  it('refuses bad dates and a formula typed into a cell', async () => {
    const changed = await edited((book) => {
      const plan = sheet(book, 'Action plan');
      plan.getCell('J3').value = '31/02/2026';
      plan.getCell('D3').value = { formula: 'SUM(1,2)', result: 3 };
    });
    const problems = problemsOf(await readAssessmentWorkbook(changed, framework));
    expect(problems).toContainEqual({
      where: 'Action plan!J3',
      problem: 'is not a date: enter a date such as 2026-03-31',
    });
    expect(problems).toContainEqual({
      where: 'Action plan!D3',
      problem: expect.stringContaining('formula'),
    });
  });

  it('refuses a workbook made for another framework version', async () => {
    const other: FrameworkView = { ...framework, version: '2030.1' };
    expect(problemsOf(await readAssessmentWorkbook(workbook, other))).toEqual([
      {
        where: 'About!B5',
        problem: 'the workbook is for framework version "2026.1", not "2030.1"',
      },
    ]);
    const reworded: FrameworkView = { ...framework, checksum: 'f'.repeat(64) };
    expect(problemsOf(await readAssessmentWorkbook(workbook, reworded))).toEqual([
      { where: 'About!B6', problem: expect.stringContaining('checksum differs') },
    ]);
  });

  it('refuses an unknown format version and a file that is not a workbook', async () => {
    const changed = await edited((book) => {
      sheet(book, 'About').getCell('B3').value = '9';
    });
    expect(problemsOf(await readAssessmentWorkbook(changed, framework))).toEqual([
      { where: 'About!B3', problem: expect.stringContaining('format version "9" is not known') },
    ]);
    expect(problemsOf(await readAssessmentWorkbook(Buffer.from('not a zip'), framework))).toEqual([
      { where: 'file', problem: expect.stringContaining('not an Excel workbook') },
    ]);
  });
});
