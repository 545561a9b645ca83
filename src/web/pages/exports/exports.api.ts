import {
  assessmentImportResultSchema,
  IMPORT_FILE_TYPES,
  type AssessmentImportResult,
  type ImportFileType,
} from '../../../domain/assessment-document/index.js';
import { uploadFile } from '../../api/upload.js';

export type ExportFormat = 'json' | 'csv-stages' | 'csv-plan' | 'xlsx' | 'pdf';

export function exportUrl(assessmentId: string, format: ExportFormat, locale: string): string {
  const query = new URLSearchParams({ format, locale });
  return `/api/assessments/${encodeURIComponent(assessmentId)}/export?${query.toString()}`;
}

const EXTENSIONS: Record<string, ImportFileType> = {
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const IMPORT_ACCEPT = [...Object.keys(EXTENSIONS), ...Object.keys(IMPORT_FILE_TYPES)].join(
  ',',
);

/** The import type of a chosen file, by its extension: browsers often report none for JSON. */
export function importMediaType(file: File): ImportFileType | undefined {
  const name = file.name.toLowerCase();
  const extension = Object.keys(EXTENSIONS).find((candidate) => name.endsWith(candidate));
  return extension ? EXTENSIONS[extension] : undefined;
}

export function importAssessment(
  organisationId: string,
  file: File,
  mediaType: ImportFileType,
  onProgress: (fraction: number) => void,
): Promise<AssessmentImportResult> {
  const query = new URLSearchParams({ name: file.name });
  return uploadFile(
    `/api/organisations/${encodeURIComponent(organisationId)}/assessment-imports?${query.toString()}`,
    file,
    mediaType,
    assessmentImportResultSchema,
    onProgress,
  );
}
