import type { Actor } from '../../domain/access/index.js';
import type { AssessmentDocument } from '../../domain/assessment-document/index.js';
import { planCsv, stagesCsv } from '../../domain/exports/index.js';
import { sharesWithAlliance } from '../../domain/sharing/index.js';
import { assessmentNotFound } from '../assessments/assessment-access.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import type { Db } from '../db/database.js';
import { attachmentDisposition } from '../evidence/evidence-file.queries.js';
import { getFramework } from '../frameworks/framework.queries.js';
import { inviteRepository } from '../invites/invite.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { exportAssessmentDocument } from './assessment-document.js';
import { assessmentReportHtml, renderReportPdf } from './pdf/index.js';
import { assessmentWorkbook, type GroupFacts } from './xlsx/index.js';

export const EXPORT_FORMATS = ['json', 'csv-stages', 'csv-plan', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = {
  fileName: string;
  mediaType: string;
  disposition: string;
  content: string | Buffer;
};

/** A file name any system accepts: no path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  return (
    Array.from(name, (char) => (char < ' ' || char === '\u007f' ? '-' : char))
      .join('')
      .replace(/[\\/:*?"<>|]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '') || 'assessment'
  );
}

function file(fileName: string, mediaType: string, content: string | Buffer): ExportFile {
  return { fileName, mediaType, disposition: attachmentDisposition(fileName), content };
}

/**
 * What the workbook's completion guide counts beside the document, as the web page does:
 * invitations open when the document was made (the document leaves them out, as they are not
 * part of the assessment), and whether the organisation shares with the Alliance at all.
 */
async function groupFactsAt(db: Db, document: AssessmentDocument): Promise<GroupFacts> {
  const { assessmentId } = document.source;
  const assessment = await assessmentRepository(db).findById(assessmentId);
  if (!assessment) throw assessmentNotFound(assessmentId);
  const organisation = await organisationRepository(db).findById(assessment.organisation_id);
  return {
    openInvitations: await inviteRepository(db).countPending(
      assessment.organisation_id,
      document.exportedAt,
    ),
    sharesWithAlliance: organisation ? sharesWithAlliance(organisation.kind) : false,
  };
}

/** One export of an assessment, for anyone who may read it. */
export async function assessmentExport(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  options: { format: ExportFormat; locale: string },
  now: Date,
): Promise<ExportFile> {
  return renderExport(db, await exportAssessmentDocument(db, actor, assessmentId, now), options);
}

/** An assessment document as a file in one of the export formats. */
export async function renderExport(
  db: Db,
  document: AssessmentDocument,
  options: { format: ExportFormat; locale: string },
): Promise<ExportFile> {
  const base = safeFileName(
    `${document.record.assessment.title} ${document.record.assessment.periodStart}`,
  );
  if (options.format === 'json') {
    return file(
      `${base}.json`,
      'application/json; charset=utf-8',
      `${JSON.stringify(document, null, 2)}\n`,
    );
  }
  const framework = await getFramework(db, document.framework.key, document.framework.version);
  if (options.format === 'xlsx') {
    return file(
      `${base}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await assessmentWorkbook(
        document,
        framework,
        options.locale,
        await groupFactsAt(db, document),
      ),
    );
  }
  if (options.format === 'pdf') {
    return file(
      `${base}.pdf`,
      'application/pdf',
      await renderReportPdf(assessmentReportHtml(document, framework, options.locale), {
        footer: document.record.assessment.title,
      }),
    );
  }
  if (options.format === 'csv-stages') {
    return file(
      `${base} stages.csv`,
      'text/csv; charset=utf-8; header=present',
      stagesCsv(document, framework, options.locale),
    );
  }
  return file(
    `${base} action plan.csv`,
    'text/csv; charset=utf-8; header=present',
    planCsv(document, framework, options.locale),
  );
}
