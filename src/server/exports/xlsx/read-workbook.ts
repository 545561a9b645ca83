import ExcelJS from 'exceljs';
import type { AgreedResult, IndicatorStatus } from '../../../domain/assessment/index.js';
import {
  assessmentRecordSchema,
  evidenceLinkEntrySchema,
  type AssessmentRecord,
  type EvidenceLinkEntry,
  type IndicatorEntry,
} from '../../../domain/assessment-document/index.js';
import {
  SUB_DOMAIN_KEYS,
  localize,
  type FrameworkView,
  type SubDomainKey,
} from '../../../domain/framework/index.js';
import { planItemFieldsSchema, type PlanItemFields } from '../../../domain/plan/index.js';
import {
  NOT_APPLICABLE_WORD,
  NOT_ASSESSED_WORD,
  NOT_RATED_WORD,
  PLAN_STATUS_WORDS,
  PRIORITY_WORDS,
  STATUS_WORDS,
  wordToValue,
} from '../report-model/labels.js';
import { CellReader, type WorkbookProblem } from './workbook-cells.js';
import {
  ABOUT_KEYS,
  CAPABILITY_COL,
  CAPABILITY_COLUMNS,
  CAPABILITY_HEADER_ROW,
  DETAIL_KEYS,
  ENABLER_COLUMNS,
  ENABLER_HEADER_ROW,
  PLAN_COL,
  PLAN_COLUMNS,
  PLAN_HEADER_ROW,
  ROW_KEY,
  SHEET,
  WORKBOOK_FORMAT,
  WORKBOOK_VERSION,
} from './workbook-layout.js';

export type { WorkbookProblem } from './workbook-cells.js';
export type ReadResult =
  { ok: true; record: AssessmentRecord } | { ok: false; problems: WorkbookProblem[] };

type Keyed = Map<string, { row: number }>;

/** Column A → row number, from `first` on; duplicate keys are problems. */
function keyedRows(reader: CellReader, sheet: ExcelJS.Worksheet, first: number): Keyed {
  const rows: Keyed = new Map();
  for (let row = first; row <= sheet.rowCount; row += 1) {
    const key = reader.text(sheet, row, 1).trim();
    if (key === '') continue;
    if (rows.has(key)) {
      reader.problem(reader.where(sheet, row, 1), `the key "${key}" appears twice`);
      continue;
    }
    rows.set(key, { row });
  }
  return rows;
}

function sheetOrProblem(
  reader: CellReader,
  workbook: ExcelJS.Workbook,
  name: string,
): ExcelJS.Worksheet | undefined {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) reader.problem(name, `the sheet "${name}" is missing`);
  return sheet;
}

class WorkbookReader {
  readonly reader = new CellReader();
  private readonly stageTitles: string[];

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly framework: FrameworkView,
  ) {
    this.stageTitles = framework.stages.map((stage) => localize(stage.title, 'en').toLowerCase());
  }

  private stage(text: string): number | undefined {
    const byNumber = /^\s*(\d+)(?:\s|–|-|$)/.exec(text);
    if (byNumber) return Number(byNumber[1]);
    const index = this.stageTitles.indexOf(text.trim().toLowerCase());
    return index >= 0 ? index + 1 : undefined;
  }

  /** The About sheet: what made the workbook and for which framework. */
  about(): Map<string, { value: string; where: string }> | undefined {
    const { reader } = this;
    const sheet = sheetOrProblem(reader, this.workbook, SHEET.about);
    if (!sheet) return undefined;
    const values = new Map<string, { value: string; where: string }>();
    for (const [key, { row }] of keyedRows(reader, sheet, 2)) {
      values.set(key, {
        value: reader.text(sheet, row, 2).trim(),
        where: reader.where(sheet, row, 2),
      });
    }
    const expect = (key: string, wanted: string, problem: (found: string) => string) => {
      const found = values.get(key);
      if (found?.value === wanted) return true;
      reader.problem(found?.where ?? `${SHEET.about}!A:A`, problem(found?.value ?? ''));
      return false;
    };
    const known =
      expect(
        ABOUT_KEYS.format,
        WORKBOOK_FORMAT,
        () => 'this is not a workbook exported by MNR Self-Assessment',
      ) &&
      expect(
        ABOUT_KEYS.formatVersion,
        String(WORKBOOK_VERSION),
        (found) =>
          `workbook format version "${found}" is not known here (this application reads version ${WORKBOOK_VERSION})`,
      );
    if (!known) return undefined;
    const { key, version, checksum } = this.framework;
    const framework = [
      expect(
        ABOUT_KEYS.frameworkKey,
        key,
        (found) => `the workbook is for framework "${found}", not "${key}"`,
      ),
      expect(
        ABOUT_KEYS.frameworkVersion,
        version,
        (found) => `the workbook is for framework version "${found}", not "${version}"`,
      ),
      expect(
        ABOUT_KEYS.frameworkChecksum,
        checksum,
        () =>
          `the workbook was made from different framework wording than version ${version} stored here (checksum differs)`,
      ),
    ];
    return framework.every(Boolean) ? values : undefined;
  }

  details(): AssessmentRecord['assessment'] {
    const { reader } = this;
    const empty = { title: '', leadBody: '', periodStart: '', periodEnd: '' };
    const sheet = sheetOrProblem(reader, this.workbook, SHEET.guide);
    if (!sheet) return empty;
    const rows = keyedRows(reader, sheet, 1);
    const rowOf = (key: string) => {
      const found = rows.get(key)?.row;
      if (found === undefined) reader.problem(`${SHEET.guide}!A:A`, `the row "${key}" is missing`);
      return found;
    };
    const text = (key: string) => {
      const row = rowOf(key);
      return row === undefined ? '' : reader.text(sheet, row, 3).trim();
    };
    const date = (key: string) => {
      const row = rowOf(key);
      const value = row === undefined ? null : reader.date(sheet, row, 3);
      if (
        row !== undefined &&
        value === null &&
        !reader.problems.some((p) => p.where === reader.where(sheet, row, 3))
      ) {
        reader.problem(reader.where(sheet, row, 3), 'enter the date, such as 2026-03-31');
      }
      return value ?? '';
    };
    return {
      title: text(DETAIL_KEYS.title),
      leadBody: text(DETAIL_KEYS.leadBody),
      periodStart: date(DETAIL_KEYS.periodStart),
      periodEnd: date(DETAIL_KEYS.periodEnd),
    };
  }

  result(sheet: ExcelJS.Worksheet, row: number): AgreedResult {
    const { reader } = this;
    const word = reader.text(sheet, row, CAPABILITY_COL.status).trim();
    const note = reader.text(sheet, row, CAPABILITY_COL.evidence).trim();
    const lower = word.toLowerCase();
    if (lower === '' || lower === NOT_ASSESSED_WORD.toLowerCase()) return { kind: 'not-assessed' };
    if (lower === NOT_APPLICABLE_WORD.toLowerCase()) {
      if (note === '') {
        reader.problem(
          reader.where(sheet, row, CAPABILITY_COL.evidence),
          'give the reason this does not apply',
        );
      }
      return { kind: 'not-applicable', reason: note };
    }
    const stage = this.stage(word);
    if (stage === undefined || stage < 1 || stage > 4) {
      reader.problem(
        reader.where(sheet, row, CAPABILITY_COL.status),
        stage === undefined
          ? `"${word}" is not a stage: choose 1 to 4, ${NOT_APPLICABLE_WORD} or ${NOT_ASSESSED_WORD}`
          : `stage ${stage} is out of range: stages run from 1 to 4`,
      );
      return { kind: 'not-assessed' };
    }
    return { kind: 'stage', stage: stage as 1 | 2 | 3 | 4, rationale: note };
  }

  private status(sheet: ExcelJS.Worksheet, row: number): IndicatorStatus | null {
    const word = this.reader.text(sheet, row, CAPABILITY_COL.status).trim();
    if (word === '' || word.toLowerCase() === NOT_RATED_WORD.toLowerCase()) return null;
    const status = wordToValue(STATUS_WORDS, word);
    if (status) return status;
    this.reader.problem(
      this.reader.where(sheet, row, CAPABILITY_COL.status),
      `"${word}" is not a status: choose ${Object.values(STATUS_WORDS).join(', ')}, or leave it empty`,
    );
    return null;
  }

  private links(sheet: ExcelJS.Worksheet, row: number): EvidenceLinkEntry[] {
    const lines = this.reader.text(sheet, row, CAPABILITY_COL.links).split(/\r?\n/);
    return lines.flatMap((line, index) => {
      const trimmed = line.trim();
      if (trimmed === '') return [];
      const labelled = /^(.*?)\s*<([^<>\s]+)>$/.exec(trimmed);
      const entry = labelled
        ? { label: labelled[1] ?? '', url: labelled[2] ?? '' }
        : { label: '', url: trimmed };
      const parsed = evidenceLinkEntrySchema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      this.reader.problem(
        this.reader.where(sheet, row, CAPABILITY_COL.links),
        `line ${index + 1} is not a web address (http or https): "${trimmed}"`,
      );
      return [];
    });
  }

  capability(
    capability: FrameworkView['capabilities'][number],
    sheet: ExcelJS.Worksheet,
    into: {
      indicators: Map<string, IndicatorEntry>;
      subDomains: Map<string, AgreedResult>;
      capabilities: Map<string, AgreedResult>;
    },
  ): void {
    const { reader } = this;
    if (!reader.headersMatch(sheet, CAPABILITY_HEADER_ROW, CAPABILITY_COLUMNS)) return;
    const expected = new Map<string, (row: number) => void>();
    expected.set(ROW_KEY.capability, (row) =>
      into.capabilities.set(capability.key, this.result(sheet, row)),
    );
    for (const subDomain of capability.subDomains) {
      expected.set(ROW_KEY.subDomain(subDomain.key), () => undefined);
      expected.set(ROW_KEY.agreed(subDomain.key), (row) =>
        into.subDomains.set(subDomain.key, this.result(sheet, row)),
      );
      for (const stage of subDomain.stages) {
        expected.set(ROW_KEY.stage(subDomain.key, stage.number), () => undefined);
        for (const indicator of stage.indicators) {
          expected.set(indicator.key, (row) =>
            into.indicators.set(indicator.key, {
              key: indicator.key,
              subDomainKey: subDomain.key as SubDomainKey,
              status: this.status(sheet, row),
              evidence: reader.text(sheet, row, CAPABILITY_COL.evidence),
              links: this.links(sheet, row),
              files: [],
            }),
          );
        }
      }
    }
    const rows = keyedRows(reader, sheet, CAPABILITY_HEADER_ROW + 1);
    for (const [key, { row }] of rows) {
      const read = expected.get(key);
      if (read) read(row);
      else
        reader.problem(
          reader.where(sheet, row, CAPABILITY_COL.key),
          `unknown key "${key}": the key column must stay as exported`,
        );
    }
    for (const key of expected.keys()) {
      if (!rows.has(key))
        reader.problem(`${sheet.name}!A:A`, `the row with key "${key}" is missing`);
    }
  }

  enablers(): AssessmentRecord['enablers'] {
    const { reader } = this;
    const sheet = sheetOrProblem(reader, this.workbook, SHEET.enablers);
    if (!sheet || !reader.headersMatch(sheet, ENABLER_HEADER_ROW, ENABLER_COLUMNS)) return [];
    const rows = keyedRows(reader, sheet, ENABLER_HEADER_ROW + 1);
    const known = new Set(this.framework.enablers.map(({ key }) => key));
    for (const [key, { row }] of rows) {
      if (!known.has(key))
        reader.problem(reader.where(sheet, row, 1), `unknown enabler key "${key}"`);
    }
    return this.framework.enablers.map(({ key }) => {
      const row = rows.get(key)?.row;
      if (row === undefined)
        reader.problem(`${sheet.name}!A:A`, `the row of enabler "${key}" is missing`);
      return { key, note: row === undefined ? '' : reader.text(sheet, row, 4) };
    });
  }

  plan(): PlanItemFields[] {
    const { reader } = this;
    const sheet = sheetOrProblem(reader, this.workbook, SHEET.plan);
    if (!sheet || !reader.headersMatch(sheet, PLAN_HEADER_ROW, PLAN_COLUMNS)) return [];
    const items: PlanItemFields[] = [];
    for (let row = PLAN_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) {
      const text = (column: number) => reader.text(sheet, row, column).trim();
      const columns = Object.values(PLAN_COL);
      if (
        columns.every((column) => sheet.getCell(row, column).value === null || text(column) === '')
      )
        continue;
      const item = this.planItem(sheet, row, text);
      if (item) items.push(item);
    }
    return items;
  }

  private planItem(
    sheet: ExcelJS.Worksheet,
    row: number,
    text: (column: number) => string,
  ): PlanItemFields | undefined {
    const { reader } = this;
    const at = (column: number) => reader.where(sheet, row, column);
    const choose = <T extends string>(column: number, words: Record<T, string>, what: string) => {
      const word = text(column);
      const value = wordToValue(words, word);
      if (!value)
        reader.problem(
          at(column),
          `"${word}" is not a ${what}: choose ${Object.values(words).join(', ')}`,
        );
      return value;
    };
    const subDomainNumber = /^\s*(\d+)/.exec(text(PLAN_COL.subDomain))?.[1];
    const subDomainKey = subDomainNumber ? SUB_DOMAIN_KEYS[Number(subDomainNumber) - 1] : undefined;
    if (!subDomainKey)
      reader.problem(at(PLAN_COL.subDomain), 'choose the sub-domain from the list');
    const stageText = text(PLAN_COL.targetStage);
    const targetStage = stageText === '' ? null : this.stage(stageText);
    if (targetStage !== null && (targetStage === undefined || targetStage < 1 || targetStage > 4)) {
      reader.problem(at(PLAN_COL.targetStage), `"${stageText}" is not a stage from 1 to 4`);
    }
    const fields = {
      title: text(PLAN_COL.title),
      description: text(PLAN_COL.description),
      subDomainKey,
      indicatorKeys: text(PLAN_COL.indicators)
        .split(/[\s,;]+/)
        .filter(Boolean),
      targetStage: targetStage ?? null,
      ownerBody: text(PLAN_COL.ownerBody),
      contact: text(PLAN_COL.contact),
      priority: choose(PLAN_COL.priority, PRIORITY_WORDS, 'priority'),
      startDate: reader.date(sheet, row, PLAN_COL.startDate),
      targetDate: reader.date(sheet, row, PLAN_COL.targetDate),
      status: choose(PLAN_COL.status, PLAN_STATUS_WORDS, 'status'),
      resourcesNote: text(PLAN_COL.resources),
    };
    const parsed = planItemFieldsSchema.safeParse(fields);
    if (parsed.success) return parsed.data;
    const columnOf: Record<string, number> = {
      ...PLAN_COL,
      resourcesNote: PLAN_COL.resources,
      indicatorKeys: PLAN_COL.indicators,
    };
    const reported = new Set(reader.problems.map(({ where }) => where));
    for (const issue of parsed.error.issues) {
      const column = columnOf[String(issue.path[0])] ?? PLAN_COL.title;
      if (!reported.has(at(column))) reader.problem(at(column), issue.message);
    }
    return undefined;
  }

  dismissed(about: Map<string, { value: string; where: string }>): string[] {
    const found = about.get(ABOUT_KEYS.dismissed);
    const keys = (found?.value ?? '').split(/[\s,;]+/).filter(Boolean);
    const known = new Set(
      this.framework.capabilities.flatMap((c) =>
        c.subDomains.flatMap((s) => s.stages.flatMap((st) => st.indicators.map((i) => i.key))),
      ),
    );
    for (const key of keys) {
      if (!known.has(key))
        this.reader.problem(
          found?.where ?? SHEET.about,
          `"${key}" is not an indicator of this framework`,
        );
    }
    return keys;
  }
}

/**
 * Reads a workbook exported by `assessmentWorkbook`, perhaps edited offline, back into the
 * group's record. Anything wrong is reported with the sheet and cell to correct, and then no
 * record is returned at all, so a half-read workbook can never be imported.
 */
export async function readAssessmentWorkbook(
  buffer: Buffer,
  framework: FrameworkView,
): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [
        { where: 'file', problem: 'this is not an Excel workbook (.xlsx), or the file is damaged' },
      ],
    };
  }
  const reading = new WorkbookReader(workbook, framework);
  const { reader } = reading;
  const about = reading.about();
  if (!about) return { ok: false, problems: reader.problems };

  const assessment = reading.details();
  const into = {
    indicators: new Map<string, IndicatorEntry>(),
    subDomains: new Map<string, AgreedResult>(),
    capabilities: new Map<string, AgreedResult>(),
  };
  for (const capability of framework.capabilities) {
    const name = about.get(ABOUT_KEYS.sheet(capability.key));
    if (!name) {
      reader.problem(
        `${SHEET.about}!A:A`,
        `the sheet of capability "${capability.key}" is not listed`,
      );
      continue;
    }
    const sheet = sheetOrProblem(reader, workbook, name.value);
    if (sheet) reading.capability(capability, sheet, into);
  }
  const enablers = reading.enablers();
  const plan = reading.plan();
  const dismissedSuggestions = reading.dismissed(about);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };

  const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
  const record = {
    assessment,
    indicators: subDomains.flatMap((subDomain) =>
      subDomain.stages.flatMap((stage) =>
        stage.indicators.flatMap(({ key }) => into.indicators.get(key) ?? []),
      ),
    ),
    subDomains: subDomains.map(({ key }) => ({
      key,
      result: into.subDomains.get(key) ?? { kind: 'not-assessed' },
    })),
    capabilities: framework.capabilities.map(({ key }) => ({
      key,
      result: into.capabilities.get(key) ?? { kind: 'not-assessed' },
    })),
    enablers,
    plan,
    dismissedSuggestions,
  };
  const parsed = assessmentRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      where: recordPlace(issue.path),
      problem: issue.message,
    })),
  };
}

/** Where a value the cell checks let through (such as an over-long text) sits, in words. */
function recordPlace(path: readonly PropertyKey[]): string {
  const [section, field] = path;
  if (section === 'assessment') return `${SHEET.guide} (${String(field)})`;
  if (section === 'enablers') return SHEET.enablers;
  return path.map(String).join('.');
}
