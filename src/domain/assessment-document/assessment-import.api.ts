import { z } from 'zod';

/** An assessment document or an Excel workbook sent for import. */
export const IMPORT_FILE_TYPES = {
  'application/json': 'JSON',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
} as const;
export type ImportFileType = keyof typeof IMPORT_FILE_TYPES;

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export const documentProblemSchema = z.object({ where: z.string(), problem: z.string() });

/**
 * POST /api/organisations/:organisationId/assessment-imports answers 201 with the new draft.
 * Evidence files are stored by content: a listed file whose bytes this instance does not hold
 * cannot be restored, so it is left out and named here.
 */
export const assessmentImportResultSchema = z.object({
  assessmentId: z.string(),
  title: z.string(),
  leftOutFiles: z.array(
    z.object({ where: z.string(), indicatorKey: z.string(), name: z.string(), sha256: z.string() }),
  ),
});

export type AssessmentImportResult = z.infer<typeof assessmentImportResultSchema>;
