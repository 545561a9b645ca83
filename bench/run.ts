import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { firstScreenBytes } from './bundle-size.js';
import { measure, type LoadResult } from './load.js';
import { startServer } from './server-process.js';

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

type Row = { database: string; bare: LoadResult; framework: LoadResult };

async function benchDatabase(name: string, env: Record<string, string>): Promise<Row> {
  const server = await startServer(env);
  try {
    await measure(`${server.baseUrl}/api/health`, { connections: CONNECTIONS, seconds: 1 });
    const bare = await measure(`${server.baseUrl}/api/health`, {
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const framework = await measure(`${server.baseUrl}/api/frameworks/mnr`, {
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    return { database: name, bare, framework };
  } finally {
    await server.stop();
  }
}

const format = (value: number, digits = 1) => value.toFixed(digits);

function report(rows: Row[], bundle: ReturnType<typeof firstScreenBytes>): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${os.cpus().length} × ${cpu}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    '',
    'The machine is shared and noisy, so figures are **ratios measured in the same run**: each route is',
    'compared with the bare JSON route (`GET /api/health`) of the same server, started in its own process.',
    `Load: ${CONNECTIONS} keep-alive connections on loopback for ${SECONDS} s per route, after a 1 s warm-up.`,
    '',
    '## Load the whole framework (`GET /api/frameworks/mnr`, 21 sub-domains, every indicator)',
    '',
    '| database | bare req/s | framework req/s | ratio | framework p50 ms | framework p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.database} | ${format(row.bare.perSecond, 0)} | ${format(row.framework.perSecond, 0)} | ` +
        `${format((100 * row.framework.perSecond) / row.bare.perSecond)} % | ${format(row.framework.p50Ms)} | ` +
        `${format(row.framework.p99Ms)} | ${row.bare.errors + row.framework.errors} |`,
    ),
    '',
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

const rows = [await benchDatabase('SQLite', {})];
const postgres = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgres) rows.push(await benchPostgres(postgres));
else console.warn('PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://... to include it.');

fs.writeFileSync('BENCHMARKS.md', report(rows, firstScreenBytes()));
console.warn('Wrote BENCHMARKS.md');
