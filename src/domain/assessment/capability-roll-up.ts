import type { RollUpRule } from '../framework/framework.schema.js';
import {
  CAPABILITY_KEYS,
  MNR_CAPABILITIES,
  type CapabilityKey,
  type StageNumber,
} from '../framework/mnr-structure.js';
import type { AgreedResult, AgreedResults } from './assessment.schemas.js';
import { resultOf } from './agreed-result.js';

export type StageSpread = {
  /** Undefined while no sub-domain has an agreed stage. */
  min: StageNumber | undefined;
  max: StageNumber | undefined;
  counts: Record<StageNumber, number>;
};

export type CapabilityRollUp = {
  /** Undefined while an applicable sub-domain is not assessed, or when none applies. */
  suggestedStage: StageNumber | undefined;
  /** Over the sub-domains agreed so far, so a partial picture is visible during the workshop. */
  spread: StageSpread;
  notAssessed: number;
  notApplicable: number;
};

function pick(sortedStages: readonly StageNumber[], rule: RollUpRule): StageNumber | undefined {
  // The lower median keeps "median" on a stage the group actually agreed, never a half stage.
  const index = rule === 'lowest' ? 0 : Math.floor((sortedStages.length - 1) / 2);
  return sortedStages[index];
}

/**
 * A capability's suggested stage from its sub-domains' agreed stages. Not-applicable sub-domains
 * are left out; the group still agrees the capability's stage itself.
 */
export function rollUpCapability(
  subDomainResults: readonly AgreedResult[],
  rule: RollUpRule = 'lowest',
): CapabilityRollUp {
  const stages = subDomainResults
    .flatMap((result) => (result.kind === 'stage' ? [result.stage] : []))
    .sort((a, b) => a - b);
  const notAssessed = subDomainResults.filter(({ kind }) => kind === 'not-assessed').length;
  const notApplicable = subDomainResults.filter(({ kind }) => kind === 'not-applicable').length;
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const stage of stages) counts[stage] += 1;
  return {
    suggestedStage: notAssessed > 0 ? undefined : pick(stages, rule),
    spread: { min: stages[0], max: stages.at(-1), counts },
    notAssessed,
    notApplicable,
  };
}

/** Every MNR capability rolled up from sub-domain results keyed by sub-domain key. */
export function rollUpCapabilities(
  subDomainResults: AgreedResults,
  rule: RollUpRule = 'lowest',
): Record<CapabilityKey, CapabilityRollUp> {
  return Object.fromEntries(
    CAPABILITY_KEYS.map((capability) => [
      capability,
      rollUpCapability(
        MNR_CAPABILITIES[capability].map((subDomain) => resultOf(subDomainResults, subDomain)),
        rule,
      ),
    ]),
  ) as Record<CapabilityKey, CapabilityRollUp>;
}
