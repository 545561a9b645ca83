import { can, type Actor } from '../../domain/access/index.js';
import type {
  AssessmentSharing,
  MadeSubmission,
  SignedSubmission,
  SubmissionSummary,
} from '../../domain/sharing/index.js';
import { userRepository } from '../accounts/user.repository.js';
import { readAssessment } from '../assessments/assessment-write.js';
import type { SecretariatConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { payloadOf } from '../secretariat/submission.presenter.js';
import { receivedSubmissionRepository } from './received-submission.repository.js';
import { notShareableReason } from './shareable.js';
import { madeSubmission, presentSubmission } from './submission.presenter.js';
import { submissionRepository, type SubmissionRow } from './submission.repository.js';

/** What an organisation can know of where its submissions stand at this instance. */
type SharingRecord = { others: MadeSubmission[]; heldHere: ReadonlySet<string> };

/**
 * Every submission an organisation knows of for telling what became of its own: its own, from
 * any of its assessments, and the copies this instance's secretariat holds for its country (a
 * file uploaded here may have replaced one it sent here; one no longer held was removed).
 */
async function sharingRecord(
  db: Db,
  organisationId: string,
  countryCode: string,
): Promise<SharingRecord> {
  const own = await submissionRepository(db).listForOrganisation(organisationId);
  const held = await receivedSubmissionRepository(db).listForCountry(countryCode);
  return {
    others: [
      ...own.map(madeSubmission),
      ...held.map((copy) => ({
        id: copy.id,
        cycle: copy.cycle,
        createdAt: payloadOf(copy).createdAt,
        sentAt: copy.received_at,
        sentHere: true,
        withdrawnAt: null,
      })),
    ],
    heldHere: new Set(held.map((copy) => copy.id)),
  };
}

/** Submissions as their organisation sees them, each with what became of it. */
export async function presentSubmissions(
  db: Db,
  rows: readonly SubmissionRow[],
): Promise<SubmissionSummary[]> {
  const records = new Map<string, SharingRecord>();
  const summaries: SubmissionSummary[] = [];
  for (const row of rows) {
    const { payload } = JSON.parse(row.document) as SignedSubmission;
    const key = `${row.organisation_id} ${payload.country.code}`;
    const record =
      records.get(key) ?? (await sharingRecord(db, row.organisation_id, payload.country.code));
    records.set(key, record);
    summaries.push(presentSubmission(row, record.others, record.heldHere));
  }
  return summaries;
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
    canManage: can(reader, 'assessment.share', assessment.organisation_id),
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
