import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { signedInLeadWithAssessment, type BenchAssessment } from './assessment-setup.js';
import { benchAggregation, type AggregationScale } from './aggregation.js';
import { firstScreenBytes } from './bundle-size.js';
import { measure, measureRequests, type LoadResult } from './load.js';
import { startServer } from './server-process.js';

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

type Scenario = 'framework' | 'rating' | 'overview' | 'workspace';
type Download = 'pdf' | 'xlsx';
type Row = { database: string; bare: LoadResult } & Record<Scenario | Download, LoadResult>;

function readAs(assessment: BenchAssessment) {
  return { cookie: assessment.lead.cookie };
}

/**
 * Each connection keeps saving its own indicator, based on the version its last save returned,
 * as a person editing would; so every save is a real, conflict-free write with its audit event.
 */
function saveRatings(baseUrl: string, assessment: BenchAssessment): Promise<LoadResult> {
  const versions = new Map<number, number>();
  const statuses = ['met', 'not-met'];
  let saves = 0;
  return measureRequests(baseUrl, {
    connections: CONNECTIONS,
    seconds: SECONDS,
    next: (worker) => {
      saves += 1;
      const key = assessment.indicatorKeys[worker % assessment.indicatorKeys.length];
      return {
        method: 'PUT',
        path: `/api/assessments/${assessment.assessmentId}/indicators/${key}`,
        headers: {
          ...readAs(assessment),
          'x-csrf-token': assessment.lead.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          version: versions.get(worker) ?? 1,
          status: statuses[saves % 2],
          evidenceText: `Minutes of meeting ${saves}`,
        }),
      };
    },
    onSuccess: (worker, body) => {
      versions.set(worker, (JSON.parse(body) as { stamp: { version: number } }).stamp.version);
    },
  });
}

function openSubDomains(baseUrl: string, assessment: BenchAssessment): Promise<LoadResult> {
  let opened = 0;
  return measureRequests(baseUrl, {
    connections: CONNECTIONS,
    seconds: SECONDS,
    next: () => {
      opened += 1;
      const key = assessment.subDomainKeys[opened % assessment.subDomainKeys.length];
      return {
        method: 'GET',
        path: `/api/assessments/${assessment.assessmentId}/sub-domains/${key}`,
        headers: readAs(assessment),
      };
    },
  });
}

async function benchDatabase(name: string, env: Record<string, string>): Promise<Row> {
  const server = await startServer(env);
  try {
    const { baseUrl } = server;
    const assessment = await signedInLeadWithAssessment(server);
    const load = { connections: CONNECTIONS, seconds: SECONDS };
    await measure(`${baseUrl}/api/health`, { connections: CONNECTIONS, seconds: 1 });
    const bare = await measure(`${baseUrl}/api/health`, load);
    const framework = await measure(`${baseUrl}/api/frameworks/mnr`, load);
    const rating = await saveRatings(baseUrl, assessment);
    const overview = await measure(`${baseUrl}/api/assessments/${assessment.assessmentId}`, {
      ...load,
      headers: readAs(assessment),
    });
    const workspace = await openSubDomains(baseUrl, assessment);
    const exportUrl = (format: string) =>
      `${baseUrl}/api/assessments/${assessment.assessmentId}/export?format=${format}`;
    // One at a time, as a person downloads; the first PDF also starts the shared browser.
    const oneAtATime = { connections: 1, seconds: SECONDS, headers: readAs(assessment) };
    await measure(exportUrl('pdf'), { ...oneAtATime, seconds: 1 });
    const pdf = await measure(exportUrl('pdf'), oneAtATime);
    const xlsx = await measure(exportUrl('xlsx'), oneAtATime);
    return { database: name, bare, framework, rating, overview, workspace, pdf, xlsx };
  } finally {
    await server.stop();
  }
}

const format = (value: number, digits = 1) => value.toFixed(digits);

function section(rows: Row[], scenario: Scenario, title: string, what: string): string[] {
  return [
    `## ${title}`,
    '',
    what,
    '',
    `| database | bare req/s | ${scenario} req/s | ratio | ${scenario} p50 ms | ${scenario} p99 ms | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => {
      const result = row[scenario];
      return (
        `| ${row.database} | ${format(row.bare.perSecond, 0)} | ${format(result.perSecond, 0)} | ` +
        `${format((100 * result.perSecond) / row.bare.perSecond)} % | ${format(result.p50Ms)} | ` +
        `${format(result.p99Ms)} | ${row.bare.errors + result.errors} |`
      );
    }),
    '',
  ];
}

function exportSection(rows: Row[]): string[] {
  const targets = { pdf: 1000, xlsx: 500 } as const;
  return [
    '## Export an assessment (`GET /api/assessments/:id/export`)',
    '',
    'The PDF report and the XLSX workbook of the benchmark assessment (every indicator rated, with ' +
      'evidence), downloaded one after another for the measuring time; the median is the figure ' +
      'to compare with the target (PDF ≤ 1 s, XLSX ≤ 0.5 s).',
    '',
    '| database | format | downloads | median ms | p99 ms | target ms | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.flatMap((row) =>
      (['pdf', 'xlsx'] satisfies Download[]).map(
        (file) =>
          `| ${row.database} | ${file.toUpperCase()} | ${row[file].requests} | ` +
          `${format(row[file].p50Ms)} | ${format(row[file].p99Ms)} | ${targets[file]} | ` +
          `${row[file].errors} |`,
      ),
    ),
    '',
  ];
}

function aggregationSection(scales: readonly AggregationScale[]): string[] {
  const base = scales[0];
  return [
    '## Secretariat aggregation',
    '',
    'The whole dashboard computed from shared results: stage distributions by region, income group, ' +
      'system and cycle with suppression, trends between cycles and support interest (target ≤ 100 ms ' +
      'at 200 countries × 5 cycles, growing linearly). Median and p95 of repeated runs in this process.',
    '',
    '| data | countries × cycles | submissions | median ms | p95 ms | time vs 1× |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...scales.map(
      (scale) =>
        `| ${scale.label} | ${scale.countries} × ${scale.cycles} | ${scale.countries * scale.cycles} | ` +
        `${format(scale.medianMs)} | ${format(scale.p95Ms)} | ` +
        `${base ? format(scale.medianMs / base.medianMs) : '–'}× |`,
    ),
    '',
  ];
}

function report(
  rows: Row[],
  bundle: ReturnType<typeof firstScreenBytes>,
  aggregation: readonly AggregationScale[],
): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${os.cpus().length} × ${cpu}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
      `load average ${format(loadAtStart, 2)} at the start.`,
    '',
    'The machine is shared and noisy, so figures are **ratios measured in the same run**: each route is',
    'compared with the bare JSON route (`GET /api/health`) of the same server, started in its own process.',
    `Load: ${CONNECTIONS} keep-alive connections on loopback for ${SECONDS} s per route, after a 1 s warm-up.`,
    'Before measuring, the benchmark sets the instance up through the real API: the first account from',
    'the printed setup link, an organisation, an invited lead who signs up, and the lead’s assessment',
    'with every indicator rated once. The assessment routes are called as that signed-in lead.',
    '',
    ...section(
      rows,
      'rating',
      'Save a rating (`PUT /api/assessments/:id/indicators/:key`)',
      'Each connection saves its own indicator based on the version its previous save returned: every ' +
        'request is a committed, audited write (target ≥ 40 % of the bare route).',
    ),
    ...section(
      rows,
      'overview',
      'Load an assessment (`GET /api/assessments/:id`)',
      'The overview: all 21 sub-domains with status, suggestion and counts, the 6 capabilities with ' +
        'their roll-up, progress and the completion guide (target ≥ 50 % of the bare route).',
    ),
    ...section(
      rows,
      'workspace',
      'Open a sub-domain (`GET /api/assessments/:id/sub-domains/:key`, all 21 in turn)',
      'Indicators with evidence, proposals, discussion, result, warnings and history.',
    ),
    ...section(
      rows,
      'framework',
      'Load the whole framework (`GET /api/frameworks/mnr`)',
      '21 sub-domains, every indicator.',
    ),
    ...exportSection(rows),
    ...aggregationSection(aggregation),
    '## First screen',
    '',
    `Gzipped JavaScript and CSS loaded by the first page: **${format(bundle.gzipBytes / 1024)} KB** ` +
      `(budget 170 KB) — ${bundle.files.map((file) => `\`${file}\``).join(', ')}.`,
    '',
  ];
  return lines.join('\n');
}

/** Benchmarks PostgreSQL in a schema of its own, dropped afterwards, so no other data is touched. */
async function benchPostgres(url: string): Promise<Row> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  try {
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    return await benchDatabase('PostgreSQL', { DATABASE_URL: scoped.toString() });
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
}

/** Other work on the machine skews every figure; the report says how busy it was. */
const loadAtStart = os.loadavg()[0] ?? 0;
const rows = [await benchDatabase('SQLite', {})];
const postgres = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgres) rows.push(await benchPostgres(postgres));
else console.warn('PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://... to include it.');

fs.writeFileSync('BENCHMARKS.md', report(rows, firstScreenBytes(), benchAggregation()));
console.warn('Wrote BENCHMARKS.md');
