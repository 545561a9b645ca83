import type { StageTotals } from '../../../domain/assessment/api/index.js';

/** Sub-domains at each stage, then not applicable and not agreed, as a chart or table row reads them. */
export function totalsRow(totals: StageTotals): {
  stages: number[];
  notApplicable: number;
  notAssessed: number;
} {
  return {
    stages: [1, 2, 3, 4].map(
      (stage) => totals.stages.find((entry) => entry.stage === stage)?.count ?? 0,
    ),
    notApplicable: totals.notApplicable,
    notAssessed: totals.notAssessed,
  };
}
