import type { Actor } from '../../domain/access/index.js';
import type { AssessmentSummary } from '../../domain/assessment/api/index.js';
import { requireOrganisationAccess } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { resultsByKey } from './agreed-result.presenter.js';
import { agreedResultRepository, type StoredResult } from './agreed-result.repository.js';
import { presentSummary, progressOf } from './assessment.presenter.js';
import {
  assessmentRepository,
  type AssessmentListRow,
  type StoredAssessment,
} from './assessment.repository.js';

type ResultColumns = Pick<StoredResult, 'scope' | 'subject_key' | 'result'>;

function percentDone(results: readonly ResultColumns[]): number {
  return progressOf(resultsByKey(results, 'sub-domain'), resultsByKey(results, 'capability'))
    .percent;
}

/** An assessment's summary with its progress; callers have checked access. */
export async function loadSummary(db: Db, row: StoredAssessment): Promise<AssessmentSummary> {
  return presentSummary(row, percentDone(await agreedResultRepository(db).list(row.id)));
}

/** The organisation's assessments, newest cycle first, for its members. */
export async function listAssessments(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<AssessmentSummary[]> {
  requireOrganisationAccess(actor, organisationId, 'assessment.read');
  const rows = await assessmentRepository(db).listForOrganisation(organisationId);
  const results = await agreedResultRepository(db).listForAssessments(rows.map((row) => row.id));
  return rows.map((row) =>
    presentSummary(row, percentDone(results.filter((result) => result.assessment_id === row.id))),
  );
}

export type AssessmentListing = {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  state: AssessmentListRow['state'];
  framework: string;
  finalisedAt: string | null;
};

/** `mnr assessments list`: every assessment, for whoever administers the server. */
export async function listAllAssessments(db: Db): Promise<AssessmentListing[]> {
  const rows = await assessmentRepository(db).listAll();
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    state: row.state,
    framework: `${row.framework_key} ${row.framework_version}`,
    finalisedAt: row.finalised_at,
  }));
}
