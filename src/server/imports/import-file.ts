import ExcelJS from 'exceljs';
import {
  IMPORT_FILE_TYPES,
  readAssessmentDocument,
  recordProblems,
  type ImportFileType,
} from '../../domain/assessment-document/index.js';
import type { Db } from '../db/database.js';
import { UnsupportedMediaTypeError } from '../http/problems.js';
import { digest } from '../shared/canonical-json.js';
import type { ImportableAssessment } from './assessment-import.commands.js';
import { frameworkKeys, storedFrameworkKeys } from './import-frameworks.js';
import { frameworkOf } from '../assessments/assessment-framework.js';
import { readAssessmentWorkbook } from '../exports/xlsx/index.js';
import { SHEET, ABOUT_KEYS } from '../exports/xlsx/workbook-layout.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';
import { getFramework } from '../frameworks/framework.queries.js';
import { ImportRefusedError } from './import-refused.js';

const ALLOWED = Object.entries(IMPORT_FILE_TYPES)
  .map(([type, name]) => `${name} (${type})`)
  .join(' or ');

/** The declared media type without parameters, if it is one an import takes. */
export function requireImportType(contentType: string | undefined): ImportFileType {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (Object.hasOwn(IMPORT_FILE_TYPES, mediaType)) return mediaType as ImportFileType;
  throw new UnsupportedMediaTypeError(
    mediaType
      ? `Files of type ${mediaType} cannot be imported. Import the ${ALLOWED} exported from an assessment.`
      : `Send the file's media type as Content-Type: ${ALLOWED}.`,
  );
}

/** The import type a file name says, for the command line, where there is no Content-Type. */
export function importTypeOfName(name: string): ImportFileType | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.xlsx'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return undefined;
}

function readJson(db: Db, name: string, bytes: Buffer): Promise<ImportableAssessment> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportRefusedError(name, [
      {
        where: 'the whole file',
        problem: 'it is not UTF-8 text, so it is not an exported JSON file',
      },
    ]);
  }
  return storedFrameworkKeys(db).then((frameworks) => {
    const reading = readAssessmentDocument(text, {
      digestOf: digest,
      frameworkOf: (key, version) =>
        frameworks.find((framework) => framework.key === key && framework.version === version),
    });
    if (!reading.ok) throw new ImportRefusedError(name, reading.problems);
    return {
      record: reading.document.record,
      framework: {
        framework_key: reading.framework.key,
        framework_version: reading.framework.version,
        framework_checksum: reading.framework.checksum,
      },
    };
  });
}

const ABOUT_FRAMEWORK = [ABOUT_KEYS.frameworkKey, ABOUT_KEYS.frameworkVersion] as const;

/** The framework a workbook says it was made against, from its About sheet, if it says. */
async function workbookFramework(
  bytes: Buffer,
): Promise<{ key: string; version: string; where: string } | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const about = workbook.getWorksheet(SHEET.about);
  if (!about) return undefined;
  const found = new Map<string, { value: string; row: number }>();
  about.eachRow((row, number) => {
    const key = row.getCell(1).text.trim();
    if ((ABOUT_FRAMEWORK as readonly string[]).includes(key)) {
      found.set(key, { value: row.getCell(2).text.trim(), row: number });
    }
  });
  const key = found.get(ABOUT_KEYS.frameworkKey);
  const version = found.get(ABOUT_KEYS.frameworkVersion);
  if (!key || !version) return undefined;
  return { key: key.value, version: version.value, where: `${SHEET.about}!B${version.row}` };
}

async function readWorkbook(db: Db, name: string, bytes: Buffer): Promise<ImportableAssessment> {
  const named = await workbookFramework(bytes);
  if (!named) {
    throw new ImportRefusedError(name, [
      {
        where: SHEET.about,
        problem:
          'this is not a workbook exported by MNR Self-Assessment, or the file is damaged (its About sheet names no framework version)',
      },
    ]);
  }
  const row = await frameworkRepository(db).findByKeyAndVersion(named.key, named.version);
  if (!row) {
    throw new ImportRefusedError(name, [
      {
        where: named.where,
        problem: `framework "${named.key}" version ${named.version} is not stored on this instance; an administrator can add it with "mnr framework import FILE"`,
      },
    ]);
  }
  const reading = await readAssessmentWorkbook(bytes, await getFramework(db, row.key, row.version));
  if (!reading.ok) throw new ImportRefusedError(name, reading.problems);
  const pinned = {
    framework_key: row.key,
    framework_version: row.version,
    framework_checksum: row.checksum,
  };
  const problems = recordProblems(
    reading.record,
    frameworkKeys(await frameworkOf(db, pinned), row.checksum),
    'workbook',
  );
  if (problems.length > 0) throw new ImportRefusedError(name, problems);
  return { record: reading.record, framework: pinned };
}

/** Reads and checks an uploaded file; refuses it with every problem and where it is. */
export async function readImportFile(
  db: Db,
  file: { name: string; type: ImportFileType; bytes: Buffer },
): Promise<ImportableAssessment> {
  if (file.bytes.length === 0) {
    throw new ImportRefusedError(file.name, [
      { where: 'the whole file', problem: 'the file is empty' },
    ]);
  }
  return file.type === 'application/json'
    ? readJson(db, file.name, file.bytes)
    : readWorkbook(db, file.name, file.bytes);
}
