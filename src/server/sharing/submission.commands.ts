import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../../domain/access/index.js';
import {
  createSubmissionSchema,
  type SignedSubmission,
  type SignedWithdrawal,
  type SubmissionSummary,
  type WithdrawalPayload,
} from '../../domain/sharing/index.js';
import { userRepository } from '../accounts/user.repository.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import { assessmentNotFound, requireAssessmentAccess } from '../assessments/assessment-access.js';
import { frameworkOf } from '../assessments/assessment-framework.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import { userActor, writeTransaction, type Store } from '../audit/audit.js';
import type { SecretariatConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { AppError, ConflictError, NotFoundError } from '../http/problems.js';
import { countryList } from '../organisations/countries.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { applyWithdrawal, storeReceivedSubmission } from '../secretariat/intake.commands.js';
import { fileNameTime, formatUtc } from '../shared/time.js';
import { instanceKey } from './instance-key.js';
import { verifySignedSubmission, type Verified } from './received-submissions.js';
import { INTAKE_PATH, postToSecretariat, WITHDRAWALS_PATH } from './secretariat-client.js';
import { signPayload } from './signature.js';
import { submissionPayload } from './submission-payload.js';
import { presentSubmissions } from './submission.queries.js';
import {
  submissionRepository,
  submissionSourceRepository,
  type SubmissionRow,
} from './submission.repository.js';
import { notShareableReason } from './shareable.js';

/** What every sharing command is given: where to write, who asks, when, and where "Send" goes. */
export type SharingContext = {
  store: Store;
  actor: Actor | null;
  now: Date;
  secretariat: SecretariatConfig | undefined;
};

export type CreateSubmissionInput = z.output<typeof createSubmissionSchema>;

/** Why sharing is refused: the assessment is not final, or not the national picture. */
export class NotShareableError extends AppError {
  constructor(detail: string) {
    super(409, 'not-shareable', 'This assessment cannot be shared', detail);
  }
}

function submissionNotFound(submissionId: string): NotFoundError {
  return new NotFoundError(`This assessment has no submission with id "${submissionId}".`);
}

/**
 * Makes the signed snapshot a lead chose to share, recording their consent (who, when, what).
 * Only a finalised assessment of a national organisation can be shared.
 */
export async function createSubmission(
  context: SharingContext,
  assessmentId: string,
  input: CreateSubmissionInput,
): Promise<SubmissionSummary> {
  const { now } = context;
  const key = await instanceKey(context.store.db);
  return writeTransaction(context.store, now, async (trx, audit) => {
    const assessment = await assessmentRepository(trx).findById(assessmentId);
    const lead = requireAssessmentAccess(
      context.actor,
      assessmentId,
      assessment?.organisation_id,
      'assessment.share',
    );
    if (!assessment) throw assessmentNotFound(assessmentId);
    const organisation = await organisationRepository(trx).findById(assessment.organisation_id);
    if (!organisation) throw assessmentNotFound(assessmentId);
    const refusal = notShareableReason(assessment, organisation);
    if (refusal || !assessment.finalised_at) {
      throw new NotShareableError(refusal ?? 'This assessment has no sign-off date to share.');
    }
    const user = await userRepository(trx).findById(lead.userId);
    if (!user) throw new NotFoundError(`There is no account with id "${lead.userId}".`);
    const framework = await frameworkOf(trx, assessment);
    const results = await agreedResultRepository(trx).list(assessmentId);
    const withDetail = input.scope === 'stages-indicators-plan';
    const source = submissionSourceRepository(trx);
    const submissionId = randomUUID();
    const payload = submissionPayload({
      submissionId,
      createdAt: now.toISOString(),
      organisation,
      countryName:
        countryList('en').find((country) => country.code === organisation.country_code)?.name ??
        organisation.name,
      assessment: { ...assessment, finalised_at: assessment.finalised_at },
      cycle: input.cycle,
      consent: {
        givenBy: { name: user.display_name, email: user.email },
        givenAt: now.toISOString(),
        scope: input.scope,
        knowledgeExchange: input.knowledgeExchange,
      },
      contact: input.contact,
      subDomainKeys: framework.subDomains.map((subDomain) => subDomain.key),
      capabilityKeys: framework.capabilityKeys,
      subDomainResults: resultsByKey(results, 'sub-domain'),
      capabilityResults: resultsByKey(results, 'capability'),
      exchange: input.exchange,
      indicatorStatuses: withDetail
        ? (await source.indicatorStatuses(assessmentId)).flatMap((rating) =>
            rating.status
              ? [
                  {
                    subDomainKey: rating.sub_domain_key,
                    indicatorKey: rating.indicator_key,
                    status: rating.status,
                  },
                ]
              : [],
          )
        : null,
      planItems: withDetail
        ? (await source.planItems(assessmentId)).map((item) => ({
            subDomainKey: item.sub_domain_key,
            status: item.status,
          }))
        : null,
    });
    const document: SignedSubmission = { payload, signature: signPayload(payload, key) };
    const json = JSON.stringify(document);
    await submissionRepository(trx).insert({
      id: submissionId,
      organisation_id: organisation.id,
      assessment_id: assessmentId,
      cycle: payload.cycle,
      scope: input.scope,
      document: json,
      created_at: now.toISOString(),
      created_by: lead.userId,
      sent_at: null,
      sent_to: null,
      withdrawn_at: null,
      withdrawn_by: null,
      version: 1,
    });
    await audit.record({
      actor: userActor(lead.userId),
      action: 'submission.create',
      entityType: 'submission',
      entityId: submissionId,
      after: { assessmentId, consent: payload.consent, cycle: payload.cycle, document: json },
    });
    return presentOne(trx, await requireSubmission(trx, assessmentId, submissionId));
  });
}

async function presentOne(db: Db, row: SubmissionRow): Promise<SubmissionSummary> {
  const [summary] = await presentSubmissions(db, [row]);
  if (!summary) throw new Error('A submission read back could not be presented');
  return summary;
}

async function requireSubmission(
  db: Db,
  assessmentId: string,
  submissionId: string,
): Promise<SubmissionRow> {
  const row = await submissionRepository(db).find(assessmentId, submissionId);
  if (!row) throw submissionNotFound(submissionId);
  return row;
}

/** The submission if `actor` leads the assessment's organisation; withdrawn ones only for reading. */
async function requireManagedSubmission(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  submissionId: string,
  purpose: 'read' | 'change',
): Promise<{ lead: Actor; row: SubmissionRow }> {
  const lead = requireAssessmentAccess(
    actor,
    assessmentId,
    await assessmentRepository(db).organisationOf(assessmentId),
    'assessment.share',
  );
  const row = await requireSubmission(db, assessmentId, submissionId);
  if (purpose === 'change' && row.withdrawn_at) {
    throw new ConflictError(
      `This submission was withdrawn on ${formatUtc(row.withdrawn_at)}; make a new one to share again.`,
    );
  }
  return { lead, row };
}

/** "mnr-submission-KE-2026-2026-12-04T171805Z.json": what, whose, which cycle and when. */
function signedFileName(
  kind: 'submission' | 'withdrawal',
  payload: SignedSubmission['payload'],
  at: string,
): string {
  const cycle = payload.cycle.replace(/[^A-Za-z0-9-]+/g, '-');
  return `mnr-${kind}-${payload.country.code}-${cycle}-${fileNameTime(at)}.json`;
}

/** The signed submission exactly as made, for the lead to keep or send another way. */
export async function submissionFile(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  submissionId: string,
): Promise<{ fileName: string; json: string }> {
  const { row } = await requireManagedSubmission(db, actor, assessmentId, submissionId, 'read');
  const { payload } = JSON.parse(row.document) as SignedSubmission;
  return {
    fileName: signedFileName('submission', payload, payload.createdAt),
    json: row.document,
  };
}

/**
 * Delivers a submission: over HTTP to the secretariat instance configured by SECRETARIAT_URL, or,
 * when none is configured, straight to this instance's own secretariat team.
 */
export async function sendSubmission(
  context: SharingContext,
  assessmentId: string,
  submissionId: string,
): Promise<SubmissionSummary> {
  const { store, now, secretariat } = context;
  const { lead, row } = await requireManagedSubmission(
    store.db,
    context.actor,
    assessmentId,
    submissionId,
    'change',
  );
  const verified = verifySignedSubmission(row.document);
  if (secretariat) await postToSecretariat(secretariat, INTAKE_PATH, verified.document);
  return writeTransaction(store, now, async (trx, audit) => {
    const actor = userActor(lead.userId);
    if (!secretariat) {
      await storeReceivedSubmission(trx, audit, now, verified, {
        actor,
        via: 'local',
        organisationId: row.organisation_id,
      });
    }
    await submissionRepository(trx).update(submissionId, {
      sent_at: now.toISOString(),
      sent_to: secretariat?.url ?? null,
    });
    await audit.record({
      actor,
      action: 'submission.send',
      entityType: 'submission',
      entityId: submissionId,
      before: { sentAt: row.sent_at, sentTo: row.sent_to },
      after: { sentAt: now.toISOString(), sentTo: secretariat?.url ?? null },
    });
    return presentOne(trx, await requireSubmission(trx, assessmentId, submissionId));
  });
}

/** The signed withdrawal of a submission, the same every time it is asked for (Ed25519). */
async function signedWithdrawal(
  db: Db,
  submissionId: string,
  withdrawnAt: string,
): Promise<Verified<SignedWithdrawal>> {
  const payload: WithdrawalPayload = {
    format: 'mnr-self-assessment/withdrawal',
    formatVersion: 1,
    submissionId,
    withdrawnAt,
  };
  const document: SignedWithdrawal = {
    payload,
    signature: signPayload(payload, await instanceKey(db)),
  };
  return { document, json: JSON.stringify(document) };
}

/**
 * Withdraws a submission. The secretariat's copy is deleted where this instance can reach it:
 * at the instance it was sent to, by a signed withdrawal, or here, whether it was sent here or
 * its file was imported here. A copy the secretariat received as a file elsewhere goes when
 * they import the withdrawal file (`withdrawalFile`). Audited on both sides.
 */
export async function withdrawSubmission(
  context: SharingContext,
  assessmentId: string,
  submissionId: string,
): Promise<SubmissionSummary> {
  const { store, now, secretariat } = context;
  const { lead, row } = await requireManagedSubmission(
    store.db,
    context.actor,
    assessmentId,
    submissionId,
    'change',
  );
  const sentElsewhere = row.sent_at !== null && row.sent_to !== null;
  if (sentElsewhere && secretariat?.url !== row.sent_to) {
    throw new ConflictError(
      `This submission was sent to ${row.sent_to}, but this instance is no longer set up to send there (SECRETARIAT_URL). Set it back to withdraw, or ask the secretariat to remove the submission.`,
    );
  }
  const withdrawal = await signedWithdrawal(store.db, submissionId, now.toISOString());
  if (sentElsewhere && secretariat) {
    await postToSecretariat(secretariat, WITHDRAWALS_PATH, withdrawal.document);
  }
  return writeTransaction(store, now, async (trx, audit) => {
    const actor = userActor(lead.userId);
    if (!sentElsewhere) await applyWithdrawal(trx, audit, now, withdrawal, { actor });
    await submissionRepository(trx).update(submissionId, {
      withdrawn_at: now.toISOString(),
      withdrawn_by: lead.userId,
    });
    await audit.record({
      actor,
      action: 'submission.withdraw',
      entityType: 'submission',
      entityId: submissionId,
      after: { withdrawnAt: now.toISOString() },
    });
    return presentOne(trx, await requireSubmission(trx, assessmentId, submissionId));
  });
}

/**
 * The signed withdrawal of a withdrawn submission as a file, for a secretariat that received
 * the submission as a file: importing it there deletes their copy.
 */
export async function withdrawalFile(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  submissionId: string,
): Promise<{ fileName: string; json: string }> {
  const { row } = await requireManagedSubmission(db, actor, assessmentId, submissionId, 'read');
  if (!row.withdrawn_at) {
    throw new ConflictError(
      'This submission has not been withdrawn; withdraw it first, then download the withdrawal file.',
    );
  }
  const { payload } = JSON.parse(row.document) as SignedSubmission;
  const { json } = await signedWithdrawal(db, submissionId, row.withdrawn_at);
  return {
    fileName: signedFileName('withdrawal', payload, row.withdrawn_at),
    json,
  };
}
