import type { StageTotals } from '../../domain/assessment/api/index.js';
import { STAGE_NUMBERS, type AgreedResult } from '../../domain/assessment/index.js';

/** How many results sit at each stage, are not applicable or not assessed. */
export function stageTotals(results: readonly AgreedResult[]): StageTotals {
  return {
    stages: STAGE_NUMBERS.map((stage) => ({
      stage,
      count: results.filter((result) => result.kind === 'stage' && result.stage === stage).length,
    })),
    notApplicable: results.filter((result) => result.kind === 'not-applicable').length,
    notAssessed: results.filter((result) => result.kind === 'not-assessed').length,
  };
}
