import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResult, AgreedResults, SubDomainStatus } from './assessment.schemas.js';
import type { SuggestedStage } from './suggested-stage.js';

const NOT_ASSESSED: AgreedResult = { kind: 'not-assessed' };

/** The agreed result for a key; a key with nothing recorded is not assessed. */
export function resultOf(results: AgreedResults, key: string): AgreedResult {
  return (Object.hasOwn(results, key) ? results[key] : undefined) ?? NOT_ASSESSED;
}

/** The agreed stage, or undefined when not applicable or not assessed. */
export function agreedStageOf(result: AgreedResult): StageNumber | undefined {
  return result.kind === 'stage' ? result.stage : undefined;
}

/**
 * The group may depart from the suggestion, but then must say why. A capability has no suggestion
 * (undefined) while one of its sub-domains is open, so agreeing it early needs a reason too.
 */
export function rationaleRequired(
  agreedStage: StageNumber,
  suggested: SuggestedStage | undefined,
): boolean {
  return agreedStage !== suggested;
}

export type AgreedResultProblem = {
  type: 'rationale-required';
  path: ['rationale'];
  message: string;
  agreedStage: StageNumber;
  suggestedStage: SuggestedStage | undefined;
};

/**
 * Rules on an agreed result that need the indicator checklist, which the schema does not see.
 * Shaped like a schema issue (`path`, `message`) so the API reports both the same way.
 */
export function agreedResultProblems(
  result: AgreedResult,
  suggested: SuggestedStage | undefined,
): AgreedResultProblem[] {
  if (result.kind !== 'stage') return [];
  if (!rationaleRequired(result.stage, suggested) || result.rationale.trim() !== '') return [];
  return [
    {
      type: 'rationale-required',
      path: ['rationale'],
      message: 'explain why the agreed stage differs from the suggested stage',
      agreedStage: result.stage,
      suggestedStage: suggested,
    },
  ];
}

/**
 * Where a sub-domain or capability stands on the overview. `discussionStarted` is whether anyone
 * has rated an indicator, proposed a stage or commented on it.
 */
export function subDomainStatus(result: AgreedResult, discussionStarted: boolean): SubDomainStatus {
  if (result.kind === 'stage') return 'agreed';
  if (result.kind === 'not-applicable') return 'not-applicable';
  return discussionStarted ? 'in-discussion' : 'not-started';
}
