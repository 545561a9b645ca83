import type {
  AgreedResult,
  IndicatorStatus,
  PlanItemStatus,
} from '../../../domain/assessment/index.js';
import type { PlanPriority } from '../../../domain/plan/index.js';

/**
 * The words the exports show for stored values. The workbook offers the same words in its
 * dropdowns and maps them back on import, so one table serves both directions.
 */
export const STATUS_WORDS: Record<IndicatorStatus, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
  unknown: "Don't know",
};
export const NOT_RATED_WORD = 'Not rated';

export const PRIORITY_WORDS: Record<PlanPriority, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const PLAN_STATUS_WORDS: Record<PlanItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export const NOT_APPLICABLE_WORD = 'Not applicable';
export const NOT_ASSESSED_WORD = 'Not assessed';

/** "2 – Enhancement": the number first, so the word reads in any language and parses back. */
export function stageWord(stage: number, title: string): string {
  return `${stage} – ${title}`;
}

export function resultWord(result: AgreedResult, stageTitle: (stage: number) => string): string {
  if (result.kind === 'stage') return stageWord(result.stage, stageTitle(result.stage));
  return result.kind === 'not-applicable' ? NOT_APPLICABLE_WORD : NOT_ASSESSED_WORD;
}

/** Reverse lookup that forgives case and surrounding space, as people type in spreadsheets. */
export function wordToValue<T extends string>(
  words: Record<T, string>,
  text: string,
): T | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(words) as T[]).find((value) => words[value].toLowerCase() === wanted);
}

/** Heat-map colours of stages 1–4, light to dark (RGB hex); text on the darkest is white. */
export const STAGE_COLOURS = ['D6EAF8', '9CC9E8', '4F9FD0', '1F5F8F'] as const;
