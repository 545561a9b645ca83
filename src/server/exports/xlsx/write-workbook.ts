import ExcelJS from 'exceljs';
import { completionGuide, type AgreedResult } from '../../../domain/assessment/index.js';
import type { AssessmentDocument } from '../../../domain/assessment-document/index.js';
import { neutraliseFormula } from '../../../domain/exports/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import {
  NOT_APPLICABLE_WORD,
  NOT_ASSESSED_WORD,
  NOT_RATED_WORD,
  PLAN_STATUS_WORDS,
  PRIORITY_WORDS,
  STAGE_COLOURS,
  STATUS_WORDS,
  resultWord,
  stageWord,
} from '../report-model/labels.js';
import {
  reportModel,
  type CapabilityReport,
  type ReportModel,
  type SubDomainReport,
} from '../report-model/report-model.js';
import { capabilityBlurb, GUIDE_STEPS, NOT_CARRIED, suggestionText } from './workbook-texts.js';
import {
  ABOUT_KEYS,
  CAPABILITY_COL,
  CAPABILITY_COLUMNS,
  CAPABILITY_HEADER_ROW,
  DETAIL_KEYS,
  ENABLER_COLUMNS,
  ENABLER_HEADER_ROW,
  LIST_COLUMN,
  PLAN_COL,
  PLAN_COLUMNS,
  PLAN_HEADER_ROW,
  ROW_KEY,
  SHEET,
  WORKBOOK_FORMAT,
  WORKBOOK_VERSION,
  listRange,
  sheetName,
} from './workbook-layout.js';

const STAGE_FILLS = STAGE_COLOURS.map((rgb) => `FF${rgb}`);
const NOT_APPLICABLE_FILL = 'FFE3E3E3';
const HEADER_FILL = 'FF1F3A5F';
const SUB_DOMAIN_FILL = 'FFDCE6F0';
const STAGE_ROW_FILL = 'FFF3F6F9';
const EDITABLE_FILL = 'FFFFFBE6';
const FONT = 'Calibri';

type Lists = { status: string[]; stage: string[]; subDomain: string[] };

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Every text goes through here, so nothing a person typed can run as a formula. */
function put(cell: ExcelJS.Cell, text: string): void {
  cell.value = neutraliseFormula(text);
}

function putDate(cell: ExcelJS.Cell, date: string | null): void {
  if (date === null) return;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // A calendar date as midnight UTC: Excel's serial day, the same in every time zone.
  cell.value = new Date(Date.UTC(year, month - 1, day));
  cell.numFmt = 'yyyy-mm-dd';
}

function editable(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  cell.fill = fill(EDITABLE_FILL);
}

function dropdown(cell: ExcelJS.Cell, range: string, what: string): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorTitle: 'Choose from the list',
    error: `Choose ${what} from the list.`,
  };
}

function setUpSheet(
  sheet: ExcelJS.Worksheet,
  columns: readonly { header: string; width: number }[],
  headerRow: number,
  title: string,
): void {
  sheet.columns = columns.map(({ width }) => ({ width }));
  const titleCell = sheet.getCell(1, 2);
  put(titleCell, title);
  titleCell.font = { name: FONT, size: 14, bold: true, color: { argb: HEADER_FILL } };
  sheet.getRow(1).height = 24;
  const header = sheet.getRow(headerRow);
  columns.forEach(({ header: text }, index) => {
    const cell = header.getCell(index + 1);
    put(cell, text);
    cell.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = fill(HEADER_FILL);
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: `&L${title.replace(/&/g, '&&')}&RPage &P of &N` };
}

async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  // No password: the lock keeps keys and framework texts from accidental edits, not from people.
  await sheet.protect('', {
    formatColumns: true,
    formatRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
}

const LINE_HEIGHT = 15;
// East Asian and other wide characters take about two character widths.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, width * 1.1);
  return text.split('\n').reduce((lines, paragraph) => {
    const units = Array.from(paragraph).reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
    return lines + Math.max(1, Math.ceil(units / perLine));
  }, 0);
}

/**
 * Wraps the row's text and sets its height: neither Excel nor LibreOffice fits a row to wrapped
 * text when opening a file, so without a height the text would be cut off.
 */
function wrapRow(row: ExcelJS.Row): void {
  let lines = 1;
  row.eachCell({ includeEmpty: true }, (cell, column) => {
    cell.alignment = { vertical: 'top', wrapText: true };
    if (!cell.font) cell.font = { name: FONT };
    const width = row.worksheet.getColumn(column).width ?? 10;
    if (typeof cell.value === 'string' && !row.worksheet.getColumn(column).hidden) {
      lines = Math.max(lines, linesNeeded(cell.value, width));
    }
  });
  row.height = lines * LINE_HEIGHT + 3;
}

function resultCells(
  row: ExcelJS.Row,
  result: AgreedResult,
  model: ReportModel,
  lists: Lists,
  what: string,
): void {
  const stageCell = row.getCell(CAPABILITY_COL.status);
  put(stageCell, resultWord(result, model.stageTitle));
  dropdown(stageCell, listRange('stage', lists.stage.length), what);
  editable(stageCell);
  const rationale = row.getCell(CAPABILITY_COL.evidence);
  if (result.kind === 'stage') put(rationale, result.rationale);
  if (result.kind === 'not-applicable') put(rationale, result.reason);
  editable(rationale);
}

function addSubDomain(
  sheet: ExcelJS.Worksheet,
  subDomain: SubDomainReport,
  model: ReportModel,
  lists: Lists,
): void {
  const heading = sheet.addRow([]);
  put(heading.getCell(CAPABILITY_COL.key), ROW_KEY.subDomain(subDomain.key));
  put(heading.getCell(CAPABILITY_COL.stage), `Sub-domain ${subDomain.number}`);
  put(heading.getCell(CAPABILITY_COL.text), subDomain.title);
  put(heading.getCell(CAPABILITY_COL.evidence), subDomain.description);
  wrapRow(heading);
  for (let column = 1; column <= CAPABILITY_COLUMNS.length; column += 1) {
    const cell = heading.getCell(column);
    cell.fill = fill(SUB_DOMAIN_FILL);
    cell.font = { name: FONT, bold: column !== CAPABILITY_COL.evidence, size: 11 };
  }
  for (const stage of subDomain.stages) {
    const stageRow = sheet.addRow([]);
    put(stageRow.getCell(CAPABILITY_COL.key), ROW_KEY.stage(subDomain.key, stage.number));
    put(stageRow.getCell(CAPABILITY_COL.stage), stageWord(stage.number, stage.title));
    put(stageRow.getCell(CAPABILITY_COL.text), stage.summary);
    wrapRow(stageRow);
    for (let column = 1; column <= CAPABILITY_COLUMNS.length; column += 1) {
      const cell = stageRow.getCell(column);
      cell.fill = fill(STAGE_ROW_FILL);
      cell.font = { name: FONT, italic: true, color: { argb: 'FF333333' } };
    }
    stage.indicators.forEach(({ key, text, entry }, index) => {
      const row = sheet.addRow([]);
      put(row.getCell(CAPABILITY_COL.key), key);
      put(row.getCell(CAPABILITY_COL.stage), `${stage.number}.${index + 1}`);
      put(row.getCell(CAPABILITY_COL.text), text);
      const status = row.getCell(CAPABILITY_COL.status);
      put(status, entry.status ? STATUS_WORDS[entry.status] : '');
      dropdown(status, listRange('status', lists.status.length), 'a status');
      put(row.getCell(CAPABILITY_COL.evidence), entry.evidence);
      put(
        row.getCell(CAPABILITY_COL.links),
        entry.links.map(({ url, label }) => (label ? `${label} <${url}>` : url)).join('\n'),
      );
      put(
        row.getCell(CAPABILITY_COL.files),
        entry.files.map(({ name, bytes }) => `${name} (${Math.ceil(bytes / 1024)} KB)`).join('\n'),
      );
      wrapRow(row);
      for (const column of [CAPABILITY_COL.status, CAPABILITY_COL.evidence, CAPABILITY_COL.links]) {
        editable(row.getCell(column));
      }
    });
  }
  const agreed = sheet.addRow([]);
  put(agreed.getCell(CAPABILITY_COL.key), ROW_KEY.agreed(subDomain.key));
  put(agreed.getCell(CAPABILITY_COL.stage), 'Agreed stage');
  put(agreed.getCell(CAPABILITY_COL.text), suggestionText(subDomain, model));
  resultCells(agreed, subDomain.result, model, lists, 'the agreed stage');
  wrapRow(agreed);
  agreed.getCell(CAPABILITY_COL.stage).font = { name: FONT, bold: true };
  agreed.getCell(CAPABILITY_COL.status).font = { name: FONT, bold: true };
}

function addCapabilitySheet(
  workbook: ExcelJS.Workbook,
  name: string,
  capability: CapabilityReport,
  model: ReportModel,
  lists: Lists,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { properties: { tabColor: { argb: HEADER_FILL } } });
  setUpSheet(sheet, CAPABILITY_COLUMNS, CAPABILITY_HEADER_ROW, capability.title);
  sheet.getColumn(CAPABILITY_COL.key).hidden = true;
  const row = sheet.addRow([]);
  put(row.getCell(CAPABILITY_COL.key), ROW_KEY.capability);
  put(row.getCell(CAPABILITY_COL.stage), 'Capability stage');
  put(row.getCell(CAPABILITY_COL.text), capabilityBlurb(capability, model));
  resultCells(row, capability.result, model, lists, 'the capability stage');
  wrapRow(row);
  row.getCell(CAPABILITY_COL.stage).font = { name: FONT, bold: true };
  for (const subDomain of capability.subDomains) addSubDomain(sheet, subDomain, model, lists);
  return sheet;
}

/** What the completion guide counts that the assessment document does not carry. */
export type GroupFacts = { openInvitations: number; sharesWithAlliance: boolean };

function addGuide(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  group: GroupFacts,
): ExcelJS.Worksheet {
  const { document } = model;
  const { record } = document;
  const sheet = workbook.addWorksheet(SHEET.guide);
  const columns = [
    { header: 'Key', width: 20 },
    { header: 'Step', width: 26 },
    { header: 'What to do', width: 80 },
    { header: 'Progress', width: 18 },
  ];
  setUpSheet(sheet, columns, 2, `${record.assessment.title}`);
  sheet.getRow(2).values = [];
  sheet.getRow(2).height = 8;
  sheet.views = [{ state: 'normal' }];
  sheet.getColumn(1).hidden = true;
  const line = (key: string, label: string, value: string, bold = false) => {
    const row = sheet.addRow([]);
    put(row.getCell(1), key);
    put(row.getCell(2), label);
    put(row.getCell(3), value);
    wrapRow(row);
    row.getCell(2).font = { name: FONT, bold: true };
    if (bold) row.getCell(3).font = { name: FONT, bold: true };
    return row;
  };
  const section = (title: string) => {
    sheet.addRow([]);
    const row = sheet.addRow([]);
    put(row.getCell(2), title);
    row.getCell(2).font = { name: FONT, size: 12, bold: true, color: { argb: HEADER_FILL } };
  };
  line('', 'Organisation', `${document.source.organisationName} (${document.source.countryCode})`);
  line('', 'Framework', `${model.frameworkTitle}, version ${document.framework.version}`);
  editable(line(DETAIL_KEYS.title, 'Assessment title', record.assessment.title).getCell(3));
  editable(
    line(DETAIL_KEYS.leadBody, 'Lead government body', record.assessment.leadBody).getCell(3),
  );
  for (const [key, label, date] of [
    [DETAIL_KEYS.periodStart, 'Period from', record.assessment.periodStart],
    [DETAIL_KEYS.periodEnd, 'Period to', record.assessment.periodEnd],
  ] as const) {
    const row = line(key, label, '');
    putDate(row.getCell(3), date);
    row.getCell(3).alignment = { horizontal: 'left' };
    editable(row.getCell(3));
  }

  section('How the group completes the assessment');
  const rated = record.indicators.filter(({ status }) => status !== null).length;
  const decided = [...record.subDomains, ...record.capabilities].filter(
    ({ result }) => result.kind !== 'not-assessed',
  ).length;
  const guide = completionGuide({
    detailsComplete: true,
    members: document.contributions.participants.length,
    openInvitations: group.openInvitations,
    indicatorsRated: rated,
    indicatorsTotal: record.indicators.length,
    itemsDecided: decided,
    itemsTotal: record.subDomains.length + record.capabilities.length,
    planItems: record.plan.length,
    // Whether it was shared is decided in the application; the workbook points there.
    sharing: group.sharesWithAlliance ? 'undecided' : 'not-applicable',
  });
  for (const step of guide.steps) {
    const row = line('', GUIDE_STEPS[step.step].title, GUIDE_STEPS[step.step].text);
    put(
      row.getCell(4),
      step.step === 'share' ? 'In the application' : `${step.done} of ${step.total}`,
    );
    row.getCell(4).alignment = { vertical: 'top' };
  }

  section('Filling in this workbook offline');
  line(
    '',
    'Where to write',
    'Cells with a light yellow background can be edited. Each capability has its own sheet: choose a status for every indicator, write the evidence and links, then choose the agreed stage and give the rationale.',
  );
  line(
    '',
    'Statuses',
    `${Object.values(STATUS_WORDS).join(' · ')}; leave the cell empty while an indicator is not rated (${NOT_RATED_WORD}).`,
  );
  line(
    '',
    'Agreed stages',
    `${model.stages.map((s) => stageWord(s.number, s.title)).join(' · ')} · ${NOT_APPLICABLE_WORD} (give the reason) · ${NOT_ASSESSED_WORD}.`,
  );
  line(
    '',
    'Links',
    'One web address per line, optionally after a label: Decree 12 <https://example.gov/decree>.',
  );
  line(
    '',
    'Action plan',
    'Add, change or remove rows on the Action plan sheet. Choose the sub-domain, priority and status from the lists; dates as YYYY-MM-DD.',
  );
  line(
    '',
    'Bringing it back',
    'Import the workbook into the application. It creates a new assessment from what the workbook holds; a workbook with a problem is refused with the sheet and cell to correct, and nothing changes.',
  );
  line('', 'What does not come back', NOT_CARRIED);
  sheet.pageSetup.orientation = 'portrait';
  return sheet;
}

function addResults(workbook: ExcelJS.Workbook, model: ReportModel): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.results);
  const columns = [
    { header: 'No.', width: 6 },
    { header: 'Capability', width: 22 },
    { header: 'Sub-domain', width: 48 },
    ...model.stages.map((stage) => ({ header: stageWord(stage.number, stage.title), width: 15 })),
    { header: 'Agreed stage', width: 18 },
    { header: 'Suggested by the checklist', width: 18 },
  ];
  setUpSheet(sheet, columns, 3, `Results summary: ${model.document.record.assessment.title}`);
  put(
    sheet.getCell(2, 2),
    'Coloured cells: stages up to the agreed stage. Figures: indicators met of the stage’s indicators.',
  );
  sheet.getCell(2, 2).font = { name: FONT, italic: true };
  for (const capability of model.capabilities) {
    for (const subDomain of capability.subDomains) {
      const row = sheet.addRow([]);
      row.getCell(1).value = subDomain.number;
      put(row.getCell(2), capability.title);
      put(row.getCell(3), subDomain.title);
      const agreed = subDomain.result.kind === 'stage' ? subDomain.result.stage : 0;
      subDomain.counts.forEach((count, index) => {
        const cell = row.getCell(4 + index);
        put(cell, `${count.met}/${count.total} met`);
        if (subDomain.result.kind === 'not-applicable') {
          cell.fill = fill(NOT_APPLICABLE_FILL);
          put(cell, 'n/a');
        } else if (count.stage <= agreed) {
          cell.fill = fill(STAGE_FILLS[count.stage - 1] ?? NOT_APPLICABLE_FILL);
          cell.font = {
            name: FONT,
            bold: true,
            color: { argb: count.stage === 4 ? 'FFFFFFFF' : 'FF000000' },
          };
        }
      });
      put(row.getCell(8), resultWord(subDomain.result, model.stageTitle));
      put(
        row.getCell(9),
        subDomain.suggested
          ? stageWord(subDomain.suggested, model.stageTitle(subDomain.suggested))
          : 'None yet',
      );
      wrapRow(row);
      for (let column = 4; column < 4 + subDomain.counts.length; column += 1) {
        row.getCell(column).alignment = { horizontal: 'center', vertical: 'middle' };
      }
    }
  }
  sheet.addRow([]);
  const heading = sheet.addRow([]);
  for (const [column, text] of [
    [2, 'Capability'],
    [3, 'Sub-domain stages (lowest–highest)'],
    [8, 'Agreed stage'],
    [9, 'Suggested from sub-domains'],
  ] as const) {
    put(heading.getCell(column), text);
    heading.getCell(column).font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    heading.getCell(column).fill = fill(HEADER_FILL);
  }
  for (const capability of model.capabilities) {
    const row = sheet.addRow([]);
    const { spread, suggestedStage } = capability.rollUp;
    put(row.getCell(2), capability.title);
    put(row.getCell(3), spread.min ? `${spread.min}–${spread.max}` : 'None agreed yet');
    put(row.getCell(8), resultWord(capability.result, model.stageTitle));
    put(
      row.getCell(9),
      suggestedStage ? stageWord(suggestedStage, model.stageTitle(suggestedStage)) : 'None yet',
    );
    wrapRow(row);
    const stage = capability.result.kind === 'stage' ? capability.result.stage : undefined;
    if (stage) row.getCell(8).fill = fill(STAGE_FILLS[stage - 1] ?? NOT_APPLICABLE_FILL);
    if (stage === 4) row.getCell(8).font = { name: FONT, color: { argb: 'FFFFFFFF' } };
  }
  return sheet;
}

function addEnablers(workbook: ExcelJS.Workbook, model: ReportModel): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.enablers);
  setUpSheet(sheet, ENABLER_COLUMNS, ENABLER_HEADER_ROW, 'Cross-cutting enablers');
  sheet.getColumn(1).hidden = true;
  for (const enabler of model.enablers) {
    const row = sheet.addRow([]);
    put(row.getCell(1), enabler.key);
    put(row.getCell(2), enabler.title);
    put(row.getCell(3), enabler.description);
    put(row.getCell(4), enabler.note);
    wrapRow(row);
    row.getCell(2).font = { name: FONT, bold: true };
    editable(row.getCell(4));
  }
  return sheet;
}

function addPlan(workbook: ExcelJS.Workbook, model: ReportModel, lists: Lists): void {
  const sheet = workbook.addWorksheet(SHEET.plan);
  setUpSheet(
    sheet,
    PLAN_COLUMNS,
    PLAN_HEADER_ROW,
    `Action plan: ${model.document.record.assessment.title}`,
  );
  const subDomainWord = (number: number, title: string) => `${number}. ${title}`;
  model.plan.forEach((item, index) => {
    const row = sheet.addRow([]);
    row.getCell(1).value = index + 1;
    put(row.getCell(PLAN_COL.subDomain), subDomainWord(item.subDomainNumber, item.subDomainTitle));
    put(row.getCell(PLAN_COL.title), item.title);
    put(row.getCell(PLAN_COL.description), item.description);
    put(row.getCell(PLAN_COL.indicators), item.indicatorKeys.join(', '));
    put(
      row.getCell(PLAN_COL.targetStage),
      item.targetStage ? stageWord(item.targetStage, model.stageTitle(item.targetStage)) : '',
    );
    put(row.getCell(PLAN_COL.ownerBody), item.ownerBody);
    put(row.getCell(PLAN_COL.contact), item.contact);
    put(row.getCell(PLAN_COL.priority), PRIORITY_WORDS[item.priority]);
    putDate(row.getCell(PLAN_COL.startDate), item.startDate);
    putDate(row.getCell(PLAN_COL.targetDate), item.targetDate);
    put(row.getCell(PLAN_COL.status), PLAN_STATUS_WORDS[item.status]);
    put(row.getCell(PLAN_COL.resources), item.resourcesNote);
    wrapRow(row);
  });
  // Room for rows added offline, with the same dropdowns.
  const lastRow = PLAN_HEADER_ROW + model.plan.length + 50;
  for (let r = PLAN_HEADER_ROW + 1; r <= lastRow; r += 1) {
    const row = sheet.getRow(r);
    dropdown(
      row.getCell(PLAN_COL.subDomain),
      listRange('subDomain', lists.subDomain.length),
      'a sub-domain',
    );
    dropdown(row.getCell(PLAN_COL.targetStage), listRange('stage', 4), 'a stage');
    dropdown(row.getCell(PLAN_COL.priority), listRange('priority', 3), 'a priority');
    dropdown(row.getCell(PLAN_COL.status), listRange('planStatus', 4), 'a status');
    for (const column of [PLAN_COL.startDate, PLAN_COL.targetDate]) {
      row.getCell(column).numFmt = 'yyyy-mm-dd';
    }
  }
}

function addAbout(
  workbook: ExcelJS.Workbook,
  document: AssessmentDocument,
  sheetNames: Map<string, string>,
  lists: Lists,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.about);
  sheet.columns = [
    { width: 26 },
    { width: 66 },
    { width: 4 },
    { width: 4 },
    { width: 14 },
    { width: 18 },
    { width: 40 },
    { width: 10 },
    { width: 14 },
  ];
  const rows: [string, string][] = [
    [ABOUT_KEYS.format, WORKBOOK_FORMAT],
    [ABOUT_KEYS.formatVersion, String(WORKBOOK_VERSION)],
    [ABOUT_KEYS.frameworkKey, document.framework.key],
    [ABOUT_KEYS.frameworkVersion, document.framework.version],
    [ABOUT_KEYS.frameworkChecksum, document.framework.checksum],
    ['exportedAt', document.exportedAt],
    ['organisation', document.source.organisationName],
    ...[...sheetNames].map(([capability, name]): [string, string] => [
      ABOUT_KEYS.sheet(capability),
      name,
    ]),
    [ABOUT_KEYS.dismissed, document.record.dismissedSuggestions.join(', ')],
    ['notCarried', NOT_CARRIED],
  ];
  put(sheet.getCell('A1'), 'Key');
  put(sheet.getCell('B1'), 'Value (do not change: the import checks these)');
  rows.forEach(([key, value], index) => {
    put(sheet.getCell(index + 2, 1), key);
    put(sheet.getCell(index + 2, 2), value);
    sheet.getCell(index + 2, 2).alignment = { wrapText: true, vertical: 'top' };
  });
  const listsByColumn: [keyof typeof LIST_COLUMN, string, string[]][] = [
    ['status', 'Statuses', lists.status],
    ['stage', 'Stages', lists.stage],
    ['subDomain', 'Sub-domains', lists.subDomain],
    ['priority', 'Priorities', Object.values(PRIORITY_WORDS)],
    ['planStatus', 'Plan statuses', Object.values(PLAN_STATUS_WORDS)],
  ];
  for (const [list, header, values] of listsByColumn) {
    put(sheet.getCell(`${LIST_COLUMN[list]}1`), header);
    values.forEach((value, index) => put(sheet.getCell(`${LIST_COLUMN[list]}${index + 2}`), value));
  }
  sheet.getRow(1).font = { name: FONT, bold: true };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  return sheet;
}

/** The assessment as an Excel workbook that a ministry can fill in offline and import again. */
export async function assessmentWorkbook(
  document: AssessmentDocument,
  framework: FrameworkView,
  locale: string,
  group: GroupFacts,
): Promise<Buffer> {
  const model = reportModel(document, framework, locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MNR Self-Assessment';
  workbook.created = new Date(document.exportedAt);
  const stageWords = model.stages.map((stage) => stageWord(stage.number, stage.title));
  const lists: Lists = {
    status: Object.values(STATUS_WORDS),
    stage: [...stageWords, NOT_APPLICABLE_WORD, NOT_ASSESSED_WORD],
    subDomain: model.capabilities.flatMap((c) =>
      c.subDomains.map((s) => `${s.number}. ${s.title}`),
    ),
  };
  const protectedSheets = [addGuide(workbook, model, group)];
  const taken = new Set<string>(Object.values(SHEET));
  const sheetNames = new Map<string, string>();
  for (const capability of model.capabilities) {
    const name = sheetName(capability.title, capability.key, taken);
    taken.add(name);
    sheetNames.set(capability.key, name);
    protectedSheets.push(addCapabilitySheet(workbook, name, capability, model, lists));
  }
  protectedSheets.push(addResults(workbook, model));
  addPlan(workbook, model, lists);
  protectedSheets.push(addEnablers(workbook, model));
  protectedSheets.push(addAbout(workbook, document, sheetNames, lists));
  await Promise.all(protectedSheets.map(protect));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
