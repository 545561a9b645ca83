import { writeTransaction, type AuditActor, type AuditLog, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { ReceivedSubmissionTable } from '../db/schema.js';
import { ConflictError, ForbiddenError } from '../http/problems.js';
import type {
  FileReceipt,
  Receipt,
  SignedSubmission,
  SignedWithdrawal,
  SubmissionPayload,
  WithdrawalReceipt,
} from '../../domain/sharing/index.js';
import {
  fileKind,
  parseSignedJson,
  refuseIfMadeInTheFuture,
  verifySignedSubmission,
  verifySignedWithdrawal,
  type Verified,
} from '../sharing/received-submissions.js';
import {
  receivedSubmissionRepository,
  type StoredReceivedSubmission,
} from '../sharing/received-submission.repository.js';
import { canonicalJson } from '../shared/canonical-json.js';
import { formatUtc } from '../shared/time.js';
import { keyFingerprint, payloadOf, presentReceivedItem } from './submission.presenter.js';

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
 * A submission for a country and cycle held with another signing key. Any key signs validly, so
 * taking it would let anyone replace a country's submission; the secretariat team decides, after
 * checking the new key's fingerprint with the country, by removing the held one first.
 */
class OtherKeyError extends ConflictError {
  constructor(
    held: StoredReceivedSubmission,
    heldPayload: SubmissionPayload,
    { document }: Verified<SignedSubmission>,
  ) {
    const heldKey = keyFingerprint(held.public_key);
    const newKey = keyFingerprint(document.signature.publicKey);
    const country = heldPayload.country.name;
    super(
      `The secretariat holds a submission from ${country} for cycle ${heldPayload.cycle} signed by another key (fingerprint ${heldKey}) than this file (fingerprint ${newKey}), so this file is not taken. If ${country}'s instance really changed its key, the secretariat team first checks the new fingerprint with the country and removes the held submission; then this file can be sent or uploaded again.`,
      {
        held: presentReceivedItem(held, heldPayload),
        heldKeyFingerprint: heldKey,
        keyFingerprint: newKey,
      },
    );
  }
}

/**
 * Keeps one current submission per country and cycle: a newer one (by the time it was made)
 * signed by the same key replaces the held one, an older one or one signed by another key is
 * refused, and the same one again changes nothing. One claiming to be made in the future is
 * refused. Runs inside the caller's transaction.
 */
export async function storeReceivedSubmission(
  trx: Db,
  audit: AuditLog,
  now: Date,
  verified: Verified<SignedSubmission>,
  intake: Intake,
): Promise<Receipt> {
  const { payload, signature } = verified.document;
  refuseIfMadeInTheFuture(payload, now);
  const submissions = receivedSubmissionRepository(trx);
  const sameId = await submissions.findById(payload.submissionId);
  if (sameId) {
    // Canonical, as the signature is: a file reformatted or with its members reordered (as
    // another tool may write it) is still the same submission.
    if (canonicalJson(JSON.parse(sameId.document)) === canonicalJson(JSON.parse(verified.json))) {
      return { outcome: 'unchanged', submission: presentReceivedItem(sameId) };
    }
    throw new ConflictError(
      `A different submission with id ${payload.submissionId} is already held. Each submission has its own id: make a new one instead of editing a file.`,
    );
  }
  const withdrawal = await submissions.findWithdrawal(payload.submissionId);
  if (withdrawal && withdrawal.public_key === signature.publicKey) {
    throw new ConflictError(
      `This submission from ${payload.country.name} for cycle ${payload.cycle} was withdrawn by its sender on ${formatUtc(withdrawal.withdrawn_at)} and is not taken. If the country wants to share again, it makes a new submission.`,
    );
  }
  const held = await submissions.findByCountryAndCycle(payload.country.code, payload.cycle);
  if (held) {
    const heldPayload = payloadOf(held);
    if (held.public_key !== signature.publicKey)
      throw new OtherKeyError(held, heldPayload, verified);
    if (Date.parse(heldPayload.createdAt) >= Date.parse(payload.createdAt)) {
      throw new ConflictError(
        `The secretariat already holds a newer submission from ${heldPayload.country.name} for cycle ${payload.cycle} (made ${formatUtc(heldPayload.createdAt)}); this one was made ${formatUtc(payload.createdAt)} and is not taken.`,
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
 * Carries out a verified withdrawal; runs inside the caller's transaction. The held copy, if
 * any, is deleted; it must have been signed with the withdrawal's key, so only its sender can
 * withdraw it. The withdrawal itself is kept, so the submission's file signed with the same key
 * is refused if it comes in again (see `storeReceivedSubmission`).
 */
export async function applyWithdrawal(
  trx: Db,
  audit: AuditLog,
  now: Date,
  verified: Verified<SignedWithdrawal>,
  intake: Pick<Intake, 'actor' | 'detail'>,
): Promise<WithdrawalReceipt> {
  const { payload, signature } = verified.document;
  const { submissionId } = payload;
  const submissions = receivedSubmissionRepository(trx);
  const held = await submissions.findById(submissionId);
  if (held && held.public_key !== signature.publicKey) {
    throw new ForbiddenError(
      'This withdrawal is signed with a different key than the submission: only the instance that sent a submission can withdraw it.',
    );
  }
  const known = await submissions.findWithdrawal(submissionId);
  if (!known) {
    await submissions.insertWithdrawal({
      submission_id: submissionId,
      public_key: signature.publicKey,
      withdrawn_at: payload.withdrawnAt,
      document: verified.json,
      received_at: now.toISOString(),
    });
  }
  if (!held) {
    if (!known) {
      await audit.record({
        actor: intake.actor,
        action: 'received-submission.withdraw',
        entityType: 'received_submission',
        entityId: submissionId,
        after: { withdrawal: verified.json, held: false, ...intake.detail },
      });
    }
    return { submissionId, removed: false, submission: null };
  }
  await submissions.delete(held.id);
  await audit.record({
    actor: intake.actor,
    action: 'received-submission.withdraw',
    entityType: 'received_submission',
    entityId: held.id,
    before: { document: held.document },
    after: { withdrawal: verified.json, held: true, ...intake.detail },
  });
  return { submissionId, removed: true, submission: presentReceivedItem(held) };
}

/** A signed withdrawal from the sending instance, by API, upload or file: see `applyWithdrawal`. */
export function receiveWithdrawal(
  store: Store,
  now: Date,
  input: unknown,
  intake: Pick<Intake, 'actor' | 'detail'>,
): Promise<WithdrawalReceipt> {
  const verified = verifySignedWithdrawal(input);
  return writeTransaction(store, now, (trx, audit) =>
    applyWithdrawal(trx, audit, now, verified, intake),
  );
}

/**
 * A file the secretariat was handed (upload or `mnr secretariat import`): a signed submission
 * to hold, or a signed withdrawal of one, told apart by the format it names.
 */
export async function receiveFile(
  store: Store,
  now: Date,
  input: unknown,
  intake: Intake,
): Promise<FileReceipt> {
  const value = parseSignedJson(input);
  if (fileKind(value) === 'withdrawal') {
    return { kind: 'withdrawal', ...(await receiveWithdrawal(store, now, value, intake)) };
  }
  return { kind: 'submission', ...(await receiveSubmission(store, now, value, intake)) };
}
