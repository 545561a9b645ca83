import type { SubmissionState } from './sharing.api.js';

/** A submission as far as telling what became of it needs. */
export type MadeSubmission = {
  id: string;
  cycle: string;
  createdAt: string;
  sentAt: string | null;
  withdrawnAt: string | null;
};

/**
 * The submission that replaced this one at the secretariat, which keeps one per country and
 * cycle, the newest: the first one made after it for the same cycle and sent there. `others`
 * are the organisation's submissions, and any copy the secretariat is known to hold (sent when
 * received); undefined while none has replaced it.
 */
export function replacementOf(
  submission: MadeSubmission,
  others: readonly MadeSubmission[],
): MadeSubmission | undefined {
  if (!submission.sentAt) return undefined;
  return others
    .filter(
      (other) =>
        other.cycle === submission.cycle &&
        other.sentAt !== null &&
        other.createdAt > submission.createdAt,
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

/** Withdrawn, else replaced by a newer one sent, else sent, else only made. */
export function submissionState(
  submission: MadeSubmission,
  others: readonly MadeSubmission[],
): SubmissionState {
  if (submission.withdrawnAt) return 'withdrawn';
  if (replacementOf(submission, others)) return 'replaced';
  return submission.sentAt ? 'sent' : 'made';
}
