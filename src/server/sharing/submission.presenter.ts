import {
  replacementOf,
  submissionState,
  type MadeSubmission,
  type SubmissionSummary,
} from '../../domain/sharing/index.js';
import type { StoredSubmission, SubmissionRow } from './submission.repository.js';

export function madeSubmission(row: StoredSubmission): MadeSubmission {
  return {
    id: row.id,
    cycle: row.cycle,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    sentHere: row.sent_at !== null && row.sent_to === null,
    withdrawnAt: row.withdrawn_at,
  };
}

/**
 * A submission, with what became of it judged against the organisation's `others` and what
 * this instance's secretariat holds (`heldHere`, by id).
 */
export function presentSubmission(
  row: SubmissionRow,
  others: readonly MadeSubmission[],
  heldHere: ReadonlySet<string>,
): SubmissionSummary {
  const document = JSON.parse(row.document) as {
    payload: { consent: { knowledgeExchange: boolean } };
  };
  const made = madeSubmission(row);
  const state = submissionState(made, others, heldHere);
  const replacement = state === 'replaced' ? replacementOf(made, others) : undefined;
  return {
    id: row.id,
    cycle: row.cycle,
    scope: row.scope,
    knowledgeExchange: document.payload.consent.knowledgeExchange,
    state,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    sentAt: row.sent_at,
    sentTo: row.sent_to,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy:
      row.withdrawn_by && row.withdrawn_by_name
        ? { id: row.withdrawn_by, displayName: row.withdrawn_by_name }
        : null,
    replacedBy: replacement ? { id: replacement.id, createdAt: replacement.createdAt } : null,
    version: row.version,
  };
}
