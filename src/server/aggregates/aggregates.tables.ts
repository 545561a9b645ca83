import type {
  Cell,
  Change,
  Dimension,
  DistributionTable,
  SharedResult,
} from '../../domain/aggregation/index.js';
import { UNCLASSIFIED } from '../../domain/aggregation/index.js';
import { localize, type FrameworkView } from '../../domain/framework/index.js';
import type { AggregateReport } from './aggregates.queries.js';

/**
 * The aggregates as plain tables for CSV and XLSX files, in English. A suppressed count is
 * written as a word, never as its number; which suppressed counts are small and which protect
 * them is not said, as saying it would tell the small ones apart.
 */
export const SUPPRESSED_MARKER = 'suppressed';

export type ExportValue = string | number;
export type ExportTable = { name: string; header: string[]; rows: ExportValue[][] };

const DIMENSION_HEADER: Record<Dimension, string> = {
  region: 'Region (UN M49)',
  income: 'Income group (World Bank)',
  system: 'Government system',
  cycle: 'Cycle',
};

const GROUP_LABELS: Record<string, string> = {
  africa: 'Africa',
  americas: 'Americas',
  asia: 'Asia',
  europe: 'Europe',
  oceania: 'Oceania',
  low: 'Low income',
  'lower-middle': 'Lower-middle income',
  'upper-middle': 'Upper-middle income',
  high: 'High income',
  centralised: 'Centralised',
  federal: 'Federal',
  [UNCLASSIFIED]: 'Not recorded',
};

/** A row's name in English, as files and the command line print it. */
export const groupLabel = (by: Dimension, group: string) =>
  by === 'cycle' ? group : (GROUP_LABELS[group] ?? group);

export const columnLabel = (result: SharedResult) =>
  result === 'not-applicable' ? 'Not applicable' : `Stage ${result}`;

const countOf = (cell: Cell): ExportValue =>
  cell.kind === 'count' ? cell.value : SUPPRESSED_MARKER;
const changeOf = (change: Change): ExportValue =>
  change.kind === 'change' ? change.value : SUPPRESSED_MARKER;

/** English names of the sub-domains and capabilities, from the latest framework. */
export function itemNames(framework: FrameworkView): Map<string, string> {
  return new Map(
    framework.capabilities.flatMap((capability) => [
      [capability.key, localize(capability.title, 'en')] as const,
      ...capability.subDomains.map(
        (subDomain) => [subDomain.key, localize(subDomain.title, 'en')] as const,
      ),
    ]),
  );
}

function distributionRows(
  subject: string,
  item: string,
  table: DistributionTable,
  by: Dimension,
  names: ReadonlyMap<string, string>,
): ExportValue[][] {
  const lead = [subject, item, names.get(item) ?? item];
  return [
    ...table.rows.map((row) => [
      ...lead,
      groupLabel(by, row.group),
      ...row.cells.map(countOf),
      countOf(row.total),
    ]),
    [...lead, 'All', ...table.columnTotals.map(countOf), countOf(table.grandTotal)],
  ];
}

export function distributionTable(
  report: AggregateReport,
  names: ReadonlyMap<string, string>,
): ExportTable {
  const { distributions } = report;
  const by = distributions.by;
  return {
    name: 'Distributions',
    header: [
      'Subject',
      'Key',
      'Name',
      DIMENSION_HEADER[by],
      ...distributions.columns.map(columnLabel),
      'Total',
    ],
    rows: [
      ...distributions.subDomains.flatMap((table) =>
        distributionRows('Sub-domain', table.item, table, by, names),
      ),
      ...distributions.capabilities.flatMap((table) =>
        distributionRows('Capability', table.item, table, by, names),
      ),
    ],
  };
}

export function trendTable(
  report: AggregateReport,
  names: ReadonlyMap<string, string>,
): ExportTable {
  const { trends } = report;
  const rowsOf = (
    subject: string,
    items: readonly {
      item: string;
      trends: AggregateReport['trends']['subDomains'][number]['trends'];
    }[],
  ) =>
    items.flatMap(({ item, trends: changes }) =>
      changes.map((trend) => [
        subject,
        item,
        names.get(item) ?? item,
        trend.from,
        trend.to,
        ...trend.cells.map(changeOf),
        changeOf(trend.total),
      ]),
    );
  return {
    name: 'Trends',
    header: [
      'Subject',
      'Key',
      'Name',
      'From cycle',
      'To cycle',
      ...trends.columns.map((result) => `Change in ${columnLabel(result).toLowerCase()}`),
      'Change in total',
    ],
    rows: [
      ...rowsOf('Sub-domain', trends.subDomains),
      ...rowsOf('Capability', trends.capabilities),
    ],
  };
}

export function supportTable(
  report: AggregateReport,
  names: ReadonlyMap<string, string>,
): ExportTable {
  const { support } = report;
  return {
    name: 'Support interest',
    header: ['Key', 'Sub-domain', 'Countries seeking support', 'Countries offering experience'],
    rows: support.seeksSupport.map((seeking, index) => {
      const offering = support.offersExperience[index];
      return [
        seeking.subDomain,
        names.get(seeking.subDomain) ?? seeking.subDomain,
        countOf(seeking.countries),
        offering ? countOf(offering.countries) : SUPPRESSED_MARKER,
      ];
    }),
  };
}

/** What the numbers mean, for the workbook's first sheet. */
export function aboutTable(report: AggregateReport, generatedAt: Date): ExportTable {
  const { distributions } = report;
  return {
    name: 'About',
    header: ['About these figures', ''],
    rows: [
      ['Generated', generatedAt.toISOString()],
      ['Countries counted', countOf(distributions.countries)],
      ['Broken down by', DIMENSION_HEADER[distributions.by]],
      ['Smallest published count (k)', distributions.k],
      [
        'Suppressed',
        `"${SUPPRESSED_MARKER}" replaces every count of 1 to ${distributions.k - 1} countries, and enough other counts that none can be worked out from the totals.`,
      ],
      [
        'Counting',
        'Each country counts once, by its latest submission; by cycle, once in each cycle it submitted in.',
      ],
    ],
  };
}
