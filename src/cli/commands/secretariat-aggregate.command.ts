import type { Command } from 'commander';
import {
  dimensionSchema,
  DIMENSIONS,
  type Cell,
  type Dimension,
  type DistributionTable,
} from '../../domain/aggregation/index.js';
import { stageDistributions } from '../../server/aggregates/aggregates.queries.js';
import { columnLabel, groupLabel } from '../../server/aggregates/aggregates.tables.js';
import type { CliIo } from '../io.js';
import { parseOption } from '../parse-option.js';
import { formatTable } from '../table.js';
import { withDatabase } from '../with-database.js';

const SUPPRESSED = 'suppressed';

const show = (cell: Cell) => (cell.kind === 'count' ? String(cell.value) : SUPPRESSED);

/** One item's table, with the same row and column names as the CSV and Excel files. */
function tableText(
  item: string,
  table: DistributionTable,
  by: Dimension,
  columns: readonly string[],
): string {
  const rows = [
    ...table.rows.map((row) => [
      groupLabel(by, row.group),
      ...row.cells.map(show),
      show(row.total),
    ]),
    ['All', ...table.columnTotals.map(show), show(table.grandTotal)],
  ];
  return `${item}\n${formatTable(['', ...columns, 'Total'], rows)}`;
}

/**
 * `mnr secretariat aggregate --by DIMENSION [--json]`: the same figures as the dashboard and the
 * API, suppressed by the same rules with k from AGGREGATE_MIN_COUNTRIES.
 */
export function secretariatAggregateCommand(secretariat: Command, io: CliIo): void {
  secretariat
    .command('aggregate')
    .description('Stage distributions across countries, with small counts suppressed.')
    .requiredOption('--by <dimension>', `break down by ${DIMENSIONS.join(', ')}`)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nCounts distinct countries. A count of 1 to k-1 countries (k is AGGREGATE_MIN_COUNTRIES,' +
        '\n5 unless set, never below 3) is shown as "suppressed", and so are enough others that' +
        '\nnone can be worked out from the totals. A group whose other counts would all be zeros' +
        '\nis withheld whole, as its zeros would tell its stages. No country is ever named.',
    )
    .action(async (options: { by: string; json?: boolean }) => {
      const by = parseOption(dimensionSchema, options.by, '--by');
      const distributions = await withDatabase(io, (store, config) =>
        stageDistributions(store.db, by, config.aggregateMinCountries),
      );
      if (options.json) {
        io.out(JSON.stringify(distributions, null, 2));
        return;
      }
      const columns = distributions.columns.map(columnLabel);
      io.out(
        [
          `Countries: ${show(distributions.countries)} (k = ${distributions.k}), by ${by}.`,
          ...distributions.subDomains.map((table) => tableText(table.item, table, by, columns)),
          ...distributions.capabilities.map((table) => tableText(table.item, table, by, columns)),
        ].join('\n\n'),
      );
    });
}
