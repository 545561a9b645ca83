import { z } from 'zod';
import {
  dimensionSchema,
  stageDistributionsSchema,
  stageTrendsSchema,
  supportInterestSchema,
} from '../../domain/aggregation/index.js';
import { requireSecretariat } from '../access/require-access.js';
import type { AppInstance } from '../app.js';
import { getFramework } from '../frameworks/framework.queries.js';
import { toCsv, toXlsx } from './aggregates.files.js';
import {
  aggregateReport,
  cycleTrends,
  stageDistributions,
  supportInterestOf,
} from './aggregates.queries.js';
import {
  aboutTable,
  distributionTable,
  itemNames,
  supportTable,
  trendTable,
} from './aggregates.tables.js';

const TAGS = ['secretariat'];

const CSV_TABLES = {
  distributions: distributionTable,
  trends: trendTable,
  'support-interest': supportTable,
} as const;

const exportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  by: dimensionSchema.default('region'),
  /** A CSV file holds one table; a workbook holds them all, one per sheet. */
  table: z.enum(['distributions', 'trends', 'support-interest']).default('distributions'),
});

/**
 * Aggregate figures for the secretariat: counts of distinct countries, never a country's
 * identity, with small counts suppressed (AGGREGATE_MIN_COUNTRIES) alike in every output.
 */
export function aggregateRoutes(app: AppInstance): void {
  const k = () => app.config.aggregateMinCountries;

  app.get(
    '/api/secretariat/aggregates',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary:
          'Stage distributions per sub-domain and capability, by region, income group, government system or cycle',
        querystring: z.object({ by: dimensionSchema.default('region') }),
        response: { 200: stageDistributionsSchema },
      },
    },
    (request) => {
      requireSecretariat(request.auth?.actor ?? null);
      return stageDistributions(app.db, request.query.by, k());
    },
  );

  app.get(
    '/api/secretariat/aggregates/trends',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary: 'How stage distributions changed between consecutive cycles',
        response: { 200: stageTrendsSchema },
      },
    },
    (request) => {
      requireSecretariat(request.auth?.actor ?? null);
      return cycleTrends(app.db, k());
    },
  );

  app.get(
    '/api/secretariat/aggregates/support-interest',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary: 'How many countries seek support or offer experience, per sub-domain',
        response: { 200: supportInterestSchema },
      },
    },
    (request) => {
      requireSecretariat(request.auth?.actor ?? null);
      return supportInterestOf(app.db, k());
    },
  );

  app.get(
    '/api/secretariat/aggregates/export',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary:
          'The aggregates as CSV (one table) or XLSX (every table); suppressed counts are written as "suppressed"',
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      requireSecretariat(request.auth?.actor ?? null);
      const { format, by, table } = request.query;
      const report = await aggregateReport(app.db, by, k());
      const names = itemNames(await getFramework(app.db, 'mnr'));
      const base = `mnr-aggregates-by-${by}-k${k()}`;
      if (format === 'csv') {
        void reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}-${table}.csv"`);
        return toCsv(CSV_TABLES[table](report, names));
      }
      const workbook = await toXlsx([
        aboutTable(report, app.config.now()),
        distributionTable(report, names),
        trendTable(report, names),
        supportTable(report, names),
      ]);
      void reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${base}.xlsx"`);
      return workbook;
    },
  );
}
