import type { SubmissionSummary } from '../../domain/sharing/index.js';
import type { SubmissionRow } from './submission.repository.js';

export function presentSubmission(row: SubmissionRow): SubmissionSummary {
  const document = JSON.parse(row.document) as {
    payload: { consent: { knowledgeExchange: boolean } };
  };
  return {
    id: row.id,
    cycle: row.cycle,
    scope: row.scope,
    knowledgeExchange: document.payload.consent.knowledgeExchange,
    state: row.withdrawn_at ? 'withdrawn' : row.sent_at ? 'sent' : 'made',
    createdAt: row.created_at,
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    sentAt: row.sent_at,
    sentTo: row.sent_to,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy:
      row.withdrawn_by && row.withdrawn_by_name
        ? { id: row.withdrawn_by, displayName: row.withdrawn_by_name }
        : null,
    version: row.version,
  };
}
