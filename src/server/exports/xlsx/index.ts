export { assessmentWorkbook, type GroupFacts } from './write-workbook.js';
export { readAssessmentWorkbook, type ReadResult, type WorkbookProblem } from './read-workbook.js';
export { WORKBOOK_FORMAT, WORKBOOK_VERSION } from './workbook-layout.js';
