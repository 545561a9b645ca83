import type {
  Cell,
  Change,
  CycleTrend,
  DistributionRow,
  DistributionTable,
  StageTrends,
} from './aggregation.results.js';
import type { AggregationSubmission } from './aggregation.schemas.js';
import { aggregateStages, type SuppressionOptions } from './stage-distributions.js';
import { DEFAULT_THRESHOLD } from './threshold.js';

function change(earlier: Cell | undefined, later: Cell): Change {
  return earlier?.kind === 'count' && later.kind === 'count'
    ? { kind: 'change', value: later.value - earlier.value }
    : { kind: 'suppressed' };
}

function trend(earlier: DistributionRow, later: DistributionRow): CycleTrend {
  return {
    from: earlier.group,
    to: later.group,
    cells: later.cells.map((cell, column) => change(earlier.cells[column], cell)),
    total: change(earlier.total, later.total),
  };
}

/** Rows are cycles in ascending order, so neighbours are consecutive cycles. */
function trendsOf(table: DistributionTable): CycleTrend[] {
  return table.rows.flatMap((earlier, index) => {
    const later = table.rows[index + 1];
    return later ? [trend(earlier, later)] : [];
  });
}

/**
 * How the distribution of stages changed between consecutive cycles, per sub-domain and
 * capability. Worked out from the published distribution by cycle and nothing else, so a trend
 * reveals nothing that distribution does not; a change is withheld if either count is.
 */
export function stageTrends(
  submissions: readonly AggregationSubmission[],
  { k = DEFAULT_THRESHOLD }: SuppressionOptions = {},
): StageTrends {
  const byCycle = aggregateStages(submissions, { by: 'cycle', k });
  return {
    k,
    columns: byCycle.columns,
    subDomains: byCycle.subDomains.map((table) => ({ item: table.item, trends: trendsOf(table) })),
    capabilities: byCycle.capabilities.map((table) => ({
      item: table.item,
      trends: trendsOf(table),
    })),
  };
}
