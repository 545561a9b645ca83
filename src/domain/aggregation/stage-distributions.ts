import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../framework/mnr-structure.js';
import type { DistributionTable, StageDistributions } from './aggregation.results.js';
import {
  SHARED_RESULTS,
  type AggregationSubmission,
  type Dimension,
  type SharedResult,
} from './aggregation.schemas.js';
import { cellOf, publishedCount } from './cells.js';
import { groupOf, groupsOf } from './dimensions.js';
import {
  distinctCountries,
  latestPerCountry,
  onePerCountryAndCycle,
} from './distinct-countries.js';
import { hiddenAt, valueAt, withMargins, type Grid, type Mask } from './grid.js';
import { suppressGridsSharingALine } from './suppression.js';
import { checkThreshold, DEFAULT_THRESHOLD } from './threshold.js';

export type SuppressionOptions = { k?: number };
export type DistributionOptions = SuppressionOptions & { by: Dimension };

type ResultOf = (submission: AggregationSubmission) => SharedResult | undefined;

/** Who is counted in each breakdown, and which rows of it hold the latest distribution. */
type Breakdown = {
  by: Dimension;
  counted: readonly AggregationSubmission[];
  groups: string[];
  sharedRows: number[];
};

/** Counts each submission in its group's row and its result's column, with the margins. */
function countGrid(
  submissions: readonly AggregationSubmission[],
  by: Dimension,
  groups: readonly string[],
  resultOf: ResultOf,
): Grid {
  const rows = groups.map(() => SHARED_RESULTS.map(() => 0));
  for (const submission of submissions) {
    const result = resultOf(submission);
    const row = rows[groups.indexOf(groupOf(by, submission))];
    if (result === undefined || !row) continue;
    const column = SHARED_RESULTS.indexOf(result);
    row[column] = (row[column] ?? 0) + 1;
  }
  return withMargins(rows, SHARED_RESULTS.length);
}

function present(groups: readonly string[], grid: Grid, mask: Mask): DistributionTable {
  const entry = (row: number, column: number) =>
    cellOf(valueAt(grid, [row, column]), hiddenAt(mask, [row, column]));
  const columns = SHARED_RESULTS.map((_, column) => column);
  const margin = groups.length;
  return {
    rows: groups.map((group, row) => ({
      group,
      cells: columns.map((column) => entry(row, column)),
      total: entry(row, SHARED_RESULTS.length),
    })),
    columnTotals: columns.map((column) => entry(margin, column)),
    grandTotal: entry(margin, SHARED_RESULTS.length),
  };
}

/**
 * Every breakdown of the same submissions. By region, income group or system, each country
 * counts once, by its latest submission, so their column totals are all the latest distribution.
 * By cycle, each country counts once per cycle; that table holds the latest distribution too in
 * its last row if every country submitted in the last cycle, and in its column totals if every
 * country submitted once. Those rows are what the breakdowns share (see
 * `suppressGridsSharingALine`).
 */
function breakdowns(perCycle: readonly AggregationSubmission[]): Breakdown[] {
  const latest = latestPerCountry(perCycle);
  const byGroup = (['region', 'income', 'system'] as const).map((by) => {
    const groups = groupsOf(by, latest);
    return { by, counted: latest, groups, sharedRows: [groups.length] };
  });
  const cycles = groupsOf('cycle', perCycle);
  const lastCycle = cycles.at(-1);
  const sharedRows = [
    ...(lastCycle && latest.every(({ cycle }) => cycle === lastCycle) ? [cycles.length - 1] : []),
    ...(latest.length === perCycle.length ? [cycles.length] : []),
  ];
  return [...byGroup, { by: 'cycle', counted: perCycle, groups: cycles, sharedRows }];
}

/** One item's table by `by`, suppressed together with the item's other breakdowns. */
function tableFor(
  all: readonly Breakdown[],
  by: Dimension,
  resultOf: ResultOf,
  k: number,
): DistributionTable {
  const grids = all.map((breakdown) => ({
    grid: countGrid(breakdown.counted, breakdown.by, breakdown.groups, resultOf),
    sharedRows: breakdown.sharedRows,
  }));
  const masks = suppressGridsSharingALine(grids, k);
  const index = all.findIndex((breakdown) => breakdown.by === by);
  return present(all[index]?.groups ?? [], grids[index]?.grid ?? [], masks[index] ?? []);
}

/**
 * Distributions of shared stages per sub-domain and per capability, broken down by region,
 * income group, government system or cycle, counting distinct countries:
 * - by region, income group or system, each country counts once, with its latest submission
 *   (the stages, region, income group and system it last shared); a country that did not assess
 *   an item in that submission is not counted for it;
 * - by cycle, each country counts once per cycle, so the column totals and the grand total count
 *   a country once for every cycle it submitted in.
 * Counts that could identify countries are suppressed (see `suppressGrid`), alike in every
 * breakdown where the same counts appear (see `breakdowns`). Rows are in the dimension's fixed
 * order and columns are stages 1–4 then not applicable, never sorted by counts.
 */
export function aggregateStages(
  submissions: readonly AggregationSubmission[],
  { by, k = DEFAULT_THRESHOLD }: DistributionOptions,
): StageDistributions {
  checkThreshold(k);
  const perCycle = onePerCountryAndCycle(submissions);
  const all = breakdowns(perCycle);
  return {
    by,
    k,
    columns: [...SHARED_RESULTS],
    countries: publishedCount(distinctCountries(perCycle), k),
    subDomains: SUB_DOMAIN_KEYS.map((item) => ({
      item,
      ...tableFor(all, by, (submission) => submission.subDomainStages[item], k),
    })),
    capabilities: CAPABILITY_KEYS.map((item) => ({
      item,
      ...tableFor(all, by, (submission) => submission.capabilityStages[item], k),
    })),
  };
}
