import {
  agreedResultSchema,
  type AgreedResult,
  type AgreedResults,
} from '../../domain/assessment/index.js';
import type { AgreedResultView } from '../../domain/assessment/api/index.js';
import type { AgreedResultScope } from '../db/schema.js';
import type { ResultRow, StoredResult } from './agreed-result.repository.js';
import { stampOf } from './stamp.js';

const NOT_ASSESSED: AgreedResult = { kind: 'not-assessed' };

export function parseResult(column: string): AgreedResult {
  return agreedResultSchema.parse(JSON.parse(column));
}

/** A stored result, or not assessed when nothing is recorded. */
export function resultFromRow(row: Pick<StoredResult, 'result'> | undefined): AgreedResult {
  return row ? parseResult(row.result) : NOT_ASSESSED;
}

/** Results of one scope keyed by sub-domain or capability key, as the domain rules take them. */
export function resultsByKey(
  rows: readonly Pick<StoredResult, 'scope' | 'subject_key' | 'result'>[],
  scope: AgreedResultScope,
): Record<string, AgreedResult> {
  const results: Record<string, AgreedResult> = {};
  for (const row of rows)
    if (row.scope === scope) results[row.subject_key] = parseResult(row.result);
  return results satisfies AgreedResults;
}

export function presentResultView(
  key: string,
  row: ResultRow | undefined,
  suggestedStage: number | undefined,
): AgreedResultView {
  return {
    key,
    result: resultFromRow(row),
    stamp: row ? stampOf(row) : null,
    suggestedStage: suggestedStage ?? null,
  };
}
