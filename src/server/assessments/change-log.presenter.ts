import type { HistoryEntry } from '../../domain/assessment/api/index.js';
import type { ChangeRow } from './change-log.repository.js';

export function presentChange(row: ChangeRow): HistoryEntry {
  return {
    at: row.occurred_at,
    actor: { id: row.actor_id, displayName: row.actor_name },
    action: row.action,
    subject: row.subject,
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  };
}
