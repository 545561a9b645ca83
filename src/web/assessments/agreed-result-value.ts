import { z } from 'zod';
import type { AgreedResultView, ChangeStamp } from '../../domain/assessment/api/index.js';
import type { AgreedResult, SuggestedStage } from '../../domain/assessment/index.js';
import type { VersionedRecord } from '../forms/versioned-edit.js';

export const RESULT_CHOICES = ['1', '2', '3', '4', 'not-applicable'] as const;
export type ResultChoice = (typeof RESULT_CHOICES)[number];

/**
 * An agreed result as its form holds it: the choice (a stage, not applicable, or nothing chosen
 * yet) and one text, which is the rationale for a stage and the reason for not applicable.
 */
export const resultValueSchema = z.object({
  choice: z.enum(['', ...RESULT_CHOICES]),
  text: z.string(),
});
export type ResultValue = z.infer<typeof resultValueSchema>;

export function valueOfResult(result: AgreedResult): ResultValue {
  if (result.kind === 'stage') return { choice: `${result.stage}`, text: result.rationale };
  if (result.kind === 'not-applicable') return { choice: 'not-applicable', text: result.reason };
  return { choice: '', text: '' };
}

export function resultOfValue({ choice, text }: ResultValue): AgreedResult {
  if (choice === '') return { kind: 'not-assessed' };
  if (choice === 'not-applicable') return { kind: 'not-applicable', reason: text };
  return { kind: 'stage', stage: Number(choice) as 1 | 2 | 3 | 4, rationale: text };
}

export function sameResultValue(a: ResultValue, b: ResultValue): boolean {
  return a.choice === b.choice && a.text === b.text;
}

/** An agreed result with who set it, as its editor follows it. */
export function resultRecord(
  result: AgreedResult,
  stamp: ChangeStamp | null,
): VersionedRecord<ResultValue> {
  return { version: stamp?.version ?? null, value: valueOfResult(result), stamp };
}

export function recordOfResultView(view: AgreedResultView): VersionedRecord<ResultValue> {
  return resultRecord(view.result, view.stamp);
}

/**
 * A suggestion as the API sends it (a number 0–4, or null for a capability with open
 * sub-domains), typed for the domain rules, which read "no suggestion" as undefined.
 */
export function suggestionOf(suggested: number | null): SuggestedStage | undefined {
  return suggested === null ? undefined : (suggested as SuggestedStage);
}
