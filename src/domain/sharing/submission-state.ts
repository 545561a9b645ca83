import type { SubmissionState } from './sharing.api.js';

/** A submission as far as telling what became of it needs. */
export type MadeSubmission = {
  id: string;
  cycle: string;
  createdAt: string;
  sentAt: string | null;
  /** Sent to this instance's own secretariat team, whose holdings can be looked at. */
  sentHere: boolean;
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

/**
 * What became of a submission. One sent to this instance's own secretariat is looked up in
 * what it holds (`heldHere`, by id): held, it is sent; gone, a newer one for its cycle replaced
 * it, or else the secretariat team removed it. Of one sent elsewhere only the organisation's
 * own record tells: replaced once a newer one for its cycle was sent, else sent.
 */
export function submissionState(
  submission: MadeSubmission,
  others: readonly MadeSubmission[],
  heldHere: ReadonlySet<string>,
): SubmissionState {
  if (submission.withdrawnAt) return 'withdrawn';
  if (submission.sentHere && heldHere.has(submission.id)) return 'sent';
  if (replacementOf(submission, others)) return 'replaced';
  if (submission.sentHere) return 'removed';
  return submission.sentAt ? 'sent' : 'made';
}
