import { can, type Actor } from '../../domain/access/index.js';
import type { AssessmentSharing, SubmissionSummary } from '../../domain/sharing/index.js';
import { userRepository } from '../accounts/user.repository.js';
import { readAssessment } from '../assessments/assessment-write.js';
import type { SecretariatConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { notShareableReason } from './shareable.js';
import { madeSubmission, presentSubmission } from './submission.presenter.js';
import { submissionRepository, type SubmissionRow } from './submission.repository.js';

/**
 * Submissions as their organisation sees them; whether one was replaced at the secretariat
 * depends on the organisation's other submissions, from any of its assessments.
 */
export async function presentSubmissions(
  db: Db,
  rows: readonly SubmissionRow[],
): Promise<SubmissionSummary[]> {
  const organisationIds = [...new Set(rows.map((row) => row.organisation_id))];
  const others = (
    await Promise.all(organisationIds.map((id) => submissionRepository(db).listForOrganisation(id)))
  ).flat();
  return rows.map((row) =>
    presentSubmission(
      row,
      others.filter((other) => other.organisation_id === row.organisation_id).map(madeSubmission),
    ),
  );
}

/**
 * The sharing page of an assessment: whether it can be shared, what the form starts with (the
 * cycle is the year the period ends; the contact is whoever is signed in), and what was shared.
 */
export async function getAssessmentSharing(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  secretariat: SecretariatConfig | undefined,
): Promise<AssessmentSharing> {
  const { actor: reader, assessment } = await readAssessment(db, actor, assessmentId);
  const organisation = await organisationRepository(db).findById(assessment.organisation_id);
  const user = await userRepository(db).findById(reader.userId);
  const rows = await submissionRepository(db).listForAssessment(assessmentId);
  return {
    notShareableReason: organisation ? notShareableReason(assessment, organisation) : null,
    canManage: can(reader, 'assessment.manage', assessment.organisation_id),
    destination: secretariat ? { kind: 'remote', url: secretariat.url } : { kind: 'this-instance' },
    defaults: {
      cycle: assessment.period_end.slice(0, 4),
      contact: {
        name: user?.display_name ?? '',
        email: user?.email ?? '',
        organisation: assessment.lead_body,
      },
    },
    submissions: await presentSubmissions(db, rows),
  };
}
