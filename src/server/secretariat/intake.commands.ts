import { writeTransaction, type AuditActor, type AuditLog, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { ReceivedSubmissionTable } from '../db/schema.js';
import { ConflictError, ForbiddenError } from '../http/problems.js';
import type { Receipt } from '../../domain/sharing/index.js';
import {
  verifySignedSubmission,
  verifySignedWithdrawal,
  type Verified,
} from '../sharing/received-submissions.js';
import { receivedSubmissionRepository } from '../sharing/received-submission.repository.js';
import type { SignedSubmission } from '../../domain/sharing/index.js';
import { payloadOf, presentReceivedItem } from './submission.presenter.js';

export type ReceivedVia = ReceivedSubmissionTable['received_via'];

/** Who hands a submission in, and how: for the audit trail and the stored row. */
export type Intake = {
  actor: AuditActor;
  via: ReceivedVia;
  /** The sending organisation when it is hosted on this instance. */
  organisationId: string | null;
  /** What the audit event says about the sender beyond the actor, e.g. the intake token used. */
  detail?: Record<string, unknown>;
};

/**
 * Keeps one current submission per country and cycle: a newer one (by the time it was made)
 * replaces the held one, an older one is refused, and the same one again changes nothing.
 * Runs inside the caller's transaction.
 */
export async function storeReceivedSubmission(
  trx: Db,
  audit: AuditLog,
  now: Date,
  verified: Verified<SignedSubmission>,
  intake: Intake,
): Promise<Receipt> {
  const { payload, signature } = verified.document;
  const submissions = receivedSubmissionRepository(trx);
  const sameId = await submissions.findById(payload.submissionId);
  if (sameId) {
    if (sameId.document === verified.json) {
      return { outcome: 'unchanged', submission: presentReceivedItem(sameId) };
    }
    throw new ConflictError(
      `A different submission with id ${payload.submissionId} is already held. Each submission has its own id: make a new one instead of editing a file.`,
    );
  }
  const held = await submissions.findByCountryAndCycle(payload.country.code, payload.cycle);
  if (held) {
    const heldPayload = payloadOf(held);
    if (Date.parse(heldPayload.createdAt) >= Date.parse(payload.createdAt)) {
      throw new ConflictError(
        `The secretariat already holds a newer submission from ${heldPayload.country.name} for cycle ${payload.cycle} (made ${heldPayload.createdAt.slice(0, 10)}); this one was made ${payload.createdAt.slice(0, 10)} and is not taken.`,
        { held: presentReceivedItem(held, heldPayload) },
      );
    }
    await submissions.delete(held.id);
    await audit.record({
      actor: intake.actor,
      action: 'received-submission.replace',
      entityType: 'received_submission',
      entityId: held.id,
      before: { document: held.document },
      after: { replacedBy: payload.submissionId },
    });
  }
  const row: ReceivedSubmissionTable = {
    id: payload.submissionId,
    country_code: payload.country.code,
    cycle: payload.cycle,
    document: verified.json,
    public_key: signature.publicKey,
    received_at: now.toISOString(),
    received_via: intake.via,
    organisation_id: intake.organisationId,
  };
  await submissions.insert(row);
  await audit.record({
    actor: intake.actor,
    action: 'received-submission.receive',
    entityType: 'received_submission',
    entityId: row.id,
    after: { document: row.document, via: row.received_via, ...intake.detail },
  });
  return { outcome: held ? 'replaced' : 'stored', submission: presentReceivedItem(row, payload) };
}

/** Verifies a signed submission file or request body and stores it; refuses with the reason. */
export function receiveSubmission(
  store: Store,
  now: Date,
  input: unknown,
  intake: Intake,
): Promise<Receipt> {
  const verified = verifySignedSubmission(input);
  return writeTransaction(store, now, (trx, audit) =>
    storeReceivedSubmission(trx, audit, now, verified, intake),
  );
}

/**
 * Removes a held submission; runs inside the caller's transaction. `publicKey` must be the key
 * the submission was signed with, so only its sender can withdraw it. False when none is held.
 */
export async function removeReceivedSubmission(
  trx: Db,
  audit: AuditLog,
  submissionId: string,
  publicKey: string,
  intake: Pick<Intake, 'actor' | 'detail'>,
): Promise<boolean> {
  const submissions = receivedSubmissionRepository(trx);
  const held = await submissions.findById(submissionId);
  if (!held) return false;
  if (held.public_key !== publicKey) {
    throw new ForbiddenError(
      'This withdrawal is signed with a different key than the submission: only the instance that sent a submission can withdraw it.',
    );
  }
  await submissions.delete(held.id);
  await audit.record({
    actor: intake.actor,
    action: 'received-submission.withdraw',
    entityType: 'received_submission',
    entityId: held.id,
    before: { document: held.document },
    ...(intake.detail ? { after: intake.detail } : {}),
  });
  return true;
}

/** A signed withdrawal from the sending instance: the held copy is deleted. */
export function receiveWithdrawal(
  store: Store,
  now: Date,
  input: unknown,
  intake: Pick<Intake, 'actor' | 'detail'>,
): Promise<{ removed: boolean }> {
  const { document, json } = verifySignedWithdrawal(input);
  return writeTransaction(store, now, async (trx, audit) => ({
    removed: await removeReceivedSubmission(
      trx,
      audit,
      document.payload.submissionId,
      document.signature.publicKey,
      { actor: intake.actor, detail: { ...intake.detail, withdrawal: json } },
    ),
  }));
}
