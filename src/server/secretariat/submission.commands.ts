import type { ReceivedSubmissionItem } from '../../domain/sharing/index.js';
import { writeTransaction, type AuditActor, type Store } from '../audit/audit.js';
import { NotFoundError } from '../http/problems.js';
import { receivedSubmissionRepository } from '../sharing/received-submission.repository.js';
import { presentReceivedItem } from './submission.presenter.js';

/**
 * The secretariat team removes a held submission: one it should not hold (signed by a key the
 * country does not know, or dated in the future), or the old one of a country whose instance
 * changed its key. The audit trail records the removed document (by its digest, as every event). Unlike a
 * withdrawal, the file is taken again if it comes in again.
 */
export function removeReceivedSubmission(
  store: Store,
  now: Date,
  actor: AuditActor,
  submissionId: string,
): Promise<ReceivedSubmissionItem> {
  return writeTransaction(store, now, async (trx, audit) => {
    const submissions = receivedSubmissionRepository(trx);
    const held = await submissions.findById(submissionId);
    if (!held) {
      throw new NotFoundError(
        `The secretariat holds no submission with id "${submissionId}": it may have been removed, withdrawn or replaced already.`,
      );
    }
    await submissions.delete(held.id);
    await audit.record({
      actor,
      action: 'received-submission.remove',
      entityType: 'received_submission',
      entityId: held.id,
      before: { document: held.document },
    });
    return presentReceivedItem(held);
  });
}
