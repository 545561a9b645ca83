import type { z } from 'zod';
import { findDuplicateMembers } from '../framework/json-duplicates.js';
import { jsonPath } from '../framework/parse-framework.js';
import {
  ASSESSMENT_DOCUMENT_FORMAT,
  ASSESSMENT_DOCUMENT_VERSION,
  assessmentDocumentSchema,
  type AssessmentDocument,
  type AssessmentRecord,
} from './assessment-document.schema.js';
import { findJsonSyntaxProblem } from './json-syntax.js';

/** One reason a file is refused: where (a JSON path, a line and column, or sheet!cell) and what. */
export type DocumentProblem = { where: string; problem: string };

/** The keys of a framework version stored on this instance, in framework order. */
export type FrameworkKeys = {
  key: string;
  version: string;
  checksum: string;
  indicators: readonly { key: string; subDomainKey: string }[];
  subDomainKeys: readonly string[];
  capabilityKeys: readonly string[];
  enablerKeys: readonly string[];
};

export type DocumentChecks = {
  /** sha256 of a value's canonical JSON; the caller supplies it, domain code has no crypto. */
  digestOf: (value: unknown) => string;
  /** The framework version if this instance stores it. */
  frameworkOf: (key: string, version: string) => FrameworkKeys | undefined;
};

export type DocumentReading =
  | { ok: true; document: AssessmentDocument; framework: FrameworkKeys }
  | { ok: false; problems: DocumentProblem[] };

const refused = (problems: DocumentProblem[]): DocumentReading => ({ ok: false, problems });

function problemsOf(error: z.ZodError): DocumentProblem[] {
  return error.issues.map((issue) => ({ where: jsonPath(issue.path), problem: issue.message }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatProblems(data: unknown): DocumentProblem[] {
  if (!isObject(data) || data.format !== ASSESSMENT_DOCUMENT_FORMAT) {
    return [
      {
        where: '$.format',
        problem: `this is not an assessment exported from MNR Self-Assessment (its "format" is not "${ASSESSMENT_DOCUMENT_FORMAT}")`,
      },
    ];
  }
  const version = data.formatVersion;
  if (version === ASSESSMENT_DOCUMENT_VERSION) return [];
  return [
    {
      where: '$.formatVersion',
      problem:
        typeof version === 'number' && version > ASSESSMENT_DOCUMENT_VERSION
          ? `the file is in format version ${version}, made by a newer version of the application; this instance reads version ${ASSESSMENT_DOCUMENT_VERSION}. Update the application, or export the assessment again from an instance of this version`
          : `format version ${JSON.stringify(version)} is unknown; this instance reads version ${ASSESSMENT_DOCUMENT_VERSION}`,
    },
  ];
}

/**
 * Reads an assessment document (JSON text) for import and checks everything an import relies on:
 * JSON syntax (line and column), format and version, the schema (JSON path of each problem),
 * that the file is unchanged since export (integrity digest), that this instance stores the
 * framework version it was made against, and that its keys match that framework.
 */
export function readAssessmentDocument(text: string, checks: DocumentChecks): DocumentReading {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const syntax = findJsonSyntaxProblem(content);
  if (syntax) {
    return refused([
      {
        where: `line ${syntax.line}, column ${syntax.column}`,
        problem: `not valid JSON: ${syntax.message}`,
      },
    ]);
  }
  const data: unknown = JSON.parse(content);
  const format = formatProblems(data);
  if (format.length > 0) return refused(format);
  const duplicates = findDuplicateMembers(content);
  if (duplicates.length > 0) {
    return refused(
      duplicates.map((where) => ({
        where,
        problem: 'this member appears twice in the same object',
      })),
    );
  }
  const parsed = assessmentDocumentSchema.safeParse(data);
  if (!parsed.success) return refused(problemsOf(parsed.error));
  const document = parsed.data;

  const signed = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).filter(([name]) => name !== 'integrity'),
  );
  if (checks.digestOf(signed) !== document.integrity.digest) {
    return refused([
      {
        where: '$.integrity.digest',
        problem:
          'the file was changed after it was exported (its content no longer matches its integrity digest). Export the assessment again; to edit an assessment offline, use the Excel workbook',
      },
    ]);
  }

  const { key, version, checksum } = document.framework;
  const framework = checks.frameworkOf(key, version);
  if (!framework) {
    return refused([
      {
        where: '$.framework.version',
        problem: `framework "${key}" version ${version} is not stored on this instance; an administrator can add it with "mnr framework import FILE"`,
      },
    ]);
  }
  if (framework.checksum !== checksum) {
    return refused([
      {
        where: '$.framework.checksum',
        problem: `framework "${key}" version ${version} on this instance has different content (checksum ${framework.checksum}) from the one the assessment was made against (${checksum})`,
      },
    ]);
  }
  const record = recordProblems(document.record, framework, '$.record');
  if (record.length > 0) return refused(record);
  return { ok: true, document, framework };
}

function duplicatesAndUnknown(
  keys: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  framework: FrameworkKeys,
  whereOf: (index: number) => string,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!known.has(key)) {
      problems.push({
        where: whereOf(index),
        problem: `framework "${framework.key}" version ${framework.version} has no ${what} "${key}"`,
      });
    }
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      problems.push({
        where: whereOf(index),
        problem: `${what} "${key}" appears twice (also at ${whereOf(first)})`,
      });
  });
  return problems;
}

/**
 * Checks a record against the framework version it belongs to: every indicator of the framework
 * appears exactly once under its own sub-domain, and every other key exists in that framework.
 * `at` prefixes each path (`$.record` for the JSON document).
 */
export function recordProblems(
  record: AssessmentRecord,
  framework: FrameworkKeys,
  at: string,
): DocumentProblem[] {
  const indicatorSubDomain = new Map(
    framework.indicators.map((entry) => [entry.key, entry.subDomainKey]),
  );
  const indicatorKeys = new Set(indicatorSubDomain.keys());
  const indicatorWhere = (index: number) => `${at}.indicators[${index}].key`;
  const problems = duplicatesAndUnknown(
    record.indicators.map((entry) => entry.key),
    indicatorKeys,
    'indicator',
    framework,
    indicatorWhere,
  );
  record.indicators.forEach((entry, index) => {
    const subDomainKey = indicatorSubDomain.get(entry.key);
    if (subDomainKey !== undefined && subDomainKey !== entry.subDomainKey) {
      problems.push({
        where: `${at}.indicators[${index}].subDomainKey`,
        problem: `indicator "${entry.key}" belongs to sub-domain "${subDomainKey}", not "${entry.subDomainKey}"`,
      });
    }
  });
  const present = new Set(record.indicators.map((entry) => entry.key));
  for (const { key } of framework.indicators) {
    if (!present.has(key)) {
      problems.push({ where: `${at}.indicators`, problem: `indicator "${key}" is missing` });
    }
  }
  problems.push(
    ...duplicatesAndUnknown(
      record.subDomains.map((entry) => entry.key),
      new Set(framework.subDomainKeys),
      'sub-domain',
      framework,
      (index) => `${at}.subDomains[${index}].key`,
    ),
    ...duplicatesAndUnknown(
      record.capabilities.map((entry) => entry.key),
      new Set(framework.capabilityKeys),
      'capability',
      framework,
      (index) => `${at}.capabilities[${index}].key`,
    ),
    ...duplicatesAndUnknown(
      record.enablers.map((entry) => entry.key),
      new Set(framework.enablerKeys),
      'enabler',
      framework,
      (index) => `${at}.enablers[${index}].key`,
    ),
    ...duplicatesAndUnknown(
      record.dismissedSuggestions,
      indicatorKeys,
      'indicator',
      framework,
      (index) => `${at}.dismissedSuggestions[${index}]`,
    ),
  );
  record.plan.forEach((item, itemIndex) => {
    item.indicatorKeys.forEach((key, index) => {
      if (!indicatorKeys.has(key)) {
        problems.push({
          where: `${at}.plan[${itemIndex}].indicatorKeys[${index}]`,
          problem: `framework "${framework.key}" version ${framework.version} has no indicator "${key}"`,
        });
      }
    });
  });
  return problems;
}
