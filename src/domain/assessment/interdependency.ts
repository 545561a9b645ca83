import type { StageNumber } from '../framework/mnr-structure.js';
import type { AgreedResults } from './assessment.schemas.js';
import { agreedStageOf, resultOf } from './agreed-result.js';
import { inMnrOrder } from './mnr-order.js';

/** How many stages above a dependency a sub-domain must be agreed before it is pointed out. */
export const INTERDEPENDENCY_GAP = 2;

export type SubDomainDependencies = {
  readonly key: string;
  readonly number: number;
  readonly dependsOn: readonly string[];
};

export type InterdependencyFlag = {
  subDomain: string;
  stage: StageNumber;
  dependsOn: string;
  dependencyStage: StageNumber;
  /** Stages between the two, at least `INTERDEPENDENCY_GAP`. */
  gap: number;
};

/**
 * Imbalances between sub-domains that rely on each other, in MNR order then `dependsOn` order.
 * Sub-domains without an agreed stage (not applicable, not assessed) are never flagged.
 */
export function interdependencyFlags(
  subDomains: readonly SubDomainDependencies[],
  results: AgreedResults,
): InterdependencyFlag[] {
  return inMnrOrder(subDomains).flatMap((subDomain) => {
    const stage = agreedStageOf(resultOf(results, subDomain.key));
    if (stage === undefined) return [];
    return subDomain.dependsOn.flatMap((dependsOn) => {
      const dependencyStage = agreedStageOf(resultOf(results, dependsOn));
      if (dependencyStage === undefined) return [];
      const gap = stage - dependencyStage;
      return gap >= INTERDEPENDENCY_GAP
        ? [{ subDomain: subDomain.key, stage, dependsOn, dependencyStage, gap }]
        : [];
    });
  });
}
