import type { Actor } from '../../domain/access/index.js';
import { compareCycleLabels } from '../../domain/aggregation/index.js';
import type { ReceivedSubmissionItem, ReceivedSubmissionView } from '../../domain/sharing/index.js';
import { requireSecretariat } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/problems.js';
import { receivedSubmissionRepository } from '../sharing/received-submission.repository.js';
import { presentReceivedItem, presentReceivedView } from './submission.presenter.js';

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The secretariat team's list of held submissions: see `heldSubmissions`. */
export function listReceivedSubmissions(
  db: Db,
  actor: Actor | null,
): Promise<ReceivedSubmissionItem[]> {
  requireSecretariat(actor);
  return heldSubmissions(db);
}

/**
 * The submissions the secretariat holds, by country name and then cycle: never by maturity, so
 * the list cannot be read as a ranking. No access check: for the API's checked query above and
 * for `mnr secretariat list`, which runs with the server's own access.
 */
export async function heldSubmissions(db: Db): Promise<ReceivedSubmissionItem[]> {
  const items = (await receivedSubmissionRepository(db).listAll()).map((row) =>
    presentReceivedItem(row),
  );
  return items.sort(
    (a, b) =>
      byName.compare(a.countryName, b.countryName) ||
      a.countryCode.localeCompare(b.countryCode) ||
      compareCycleLabels(a.cycle, b.cycle),
  );
}

export async function getReceivedSubmission(
  db: Db,
  actor: Actor | null,
  submissionId: string,
): Promise<ReceivedSubmissionView> {
  requireSecretariat(actor);
  const row = await receivedSubmissionRepository(db).findById(submissionId);
  if (!row)
    throw new NotFoundError(`The secretariat holds no submission with id "${submissionId}".`);
  return presentReceivedView(row);
}
