/**
 * Where things are in the workbook. The writer and the reader both use these, so a layout change
 * is made once and an older workbook is refused by its format version rather than misread.
 */
export const WORKBOOK_FORMAT = 'mnr-self-assessment/workbook';
export const WORKBOOK_VERSION = 1;

export const SHEET = {
  guide: 'Completion guide',
  results: 'Results summary',
  plan: 'Action plan',
  enablers: 'Enablers',
  about: 'About',
} as const;

/** Excel refuses these in sheet names, and names longer than 31 characters. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
export const SHEET_NAME_LIMIT = 31;

export function sheetName(title: string, fallback: string, taken: ReadonlySet<string>): string {
  const cleaned = title.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // A leading or trailing apostrophe is not allowed either.
  const base = Array.from(cleaned.replace(/^'+|'+$/g, '') || fallback)
    .slice(0, SHEET_NAME_LIMIT)
    .join('')
    .trim();
  let name = base;
  for (let n = 2; [...taken].some((other) => other.toLowerCase() === name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${Array.from(base)
      .slice(0, SHEET_NAME_LIMIT - suffix.length)
      .join('')}${suffix}`;
  }
  return name;
}

/** Capability sheets: the hidden key column A names what each row holds. */
export const CAPABILITY_COLUMNS = [
  { header: 'Key', width: 24 },
  { header: 'Stage', width: 16 },
  { header: 'Indicator', width: 60 },
  { header: 'Status or agreed stage', width: 20 },
  { header: 'Evidence or rationale', width: 55 },
  { header: 'Links (one per line)', width: 34 },
  { header: 'Files (not imported)', width: 26 },
] as const;
export const CAPABILITY_HEADER_ROW = 2;
export const CAPABILITY_COL = {
  key: 1,
  stage: 2,
  text: 3,
  status: 4,
  evidence: 5,
  links: 6,
  files: 7,
};

export const ROW_KEY = {
  capability: 'capability',
  subDomain: (key: string) => `sub-domain:${key}`,
  stage: (subDomain: string, stage: number) => `stage:${subDomain}.${stage}`,
  agreed: (subDomain: string) => `agreed:${subDomain}`,
} as const;

export const ENABLER_COLUMNS = [
  { header: 'Key', width: 26 },
  { header: 'Enabler', width: 30 },
  { header: 'What to record', width: 60 },
  { header: 'Note', width: 70 },
] as const;
export const ENABLER_HEADER_ROW = 2;

export const PLAN_COLUMNS = [
  { header: 'No.', width: 6 },
  { header: 'Sub-domain', width: 34 },
  { header: 'Action', width: 40 },
  { header: 'Description', width: 44 },
  { header: 'Linked indicators', width: 24 },
  { header: 'Target stage', width: 17 },
  { header: 'Owner body', width: 24 },
  { header: 'Contact', width: 24 },
  { header: 'Priority', width: 10 },
  { header: 'Start date', width: 12 },
  { header: 'Target date', width: 12 },
  { header: 'Status', width: 13 },
  { header: 'Resources', width: 34 },
] as const;
export const PLAN_HEADER_ROW = 2;
export const PLAN_COL = {
  subDomain: 2,
  title: 3,
  description: 4,
  indicators: 5,
  targetStage: 6,
  ownerBody: 7,
  contact: 8,
  priority: 9,
  startDate: 10,
  targetDate: 11,
  status: 12,
  resources: 13,
} as const;

/** Assessment details on the completion guide, by the key in its hidden column A. */
export const DETAIL_KEYS = {
  title: 'assessment.title',
  leadBody: 'assessment.leadBody',
  periodStart: 'assessment.periodStart',
  periodEnd: 'assessment.periodEnd',
} as const;

/** Rows of the About sheet, by the key in column A; value in column B. */
export const ABOUT_KEYS = {
  format: 'format',
  formatVersion: 'formatVersion',
  frameworkKey: 'framework.key',
  frameworkVersion: 'framework.version',
  frameworkChecksum: 'framework.checksum',
  dismissed: 'dismissedSuggestions',
  sheet: (capability: string) => `sheet:${capability}`,
} as const;

/** Dropdown lists live on the About sheet, one per column, from row 2. */
export const LIST_COLUMN = {
  status: 'E',
  stage: 'F',
  subDomain: 'G',
  priority: 'H',
  planStatus: 'I',
} as const;

export function listRange(list: keyof typeof LIST_COLUMN, length: number): string {
  const column = LIST_COLUMN[list];
  return `'${SHEET.about}'!$${column}$2:$${column}$${length + 1}`;
}
