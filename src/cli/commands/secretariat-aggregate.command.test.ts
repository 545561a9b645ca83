import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageDistributionsSchema } from '../../domain/aggregation/index.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import {
  receiveSubmissions,
  type ReceivedSample,
} from '../../server/aggregates/test-support/received-submissions.js';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

const sample = (countryCode: string, leadership: 1 | 2): ReceivedSample => ({
  countryCode,
  countryName: `Country ${countryCode}`,
  cycle: '2024',
  region: 'europe',
  incomeGroup: 'high',
  governmentSystem: 'centralised',
  subDomainStages: { leadership },
  capabilityStages: {},
  seeksSupport: [],
  offersExperience: [],
});

describe('mnr secretariat aggregate', () => {
  const data = useTempDataDir();

  async function receive(samples: ReceivedSample[]): Promise<void> {
    const dataDir = data.env().DATA_DIR ?? '';
    const database = openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'mnr.sqlite') });
    try {
      await migrateToLatest(database.db);
      await receiveSubmissions(database.db, samples);
    } finally {
      await database.close();
    }
  }

  /** Six countries at stage 2 for leadership and two at stage 1. */
  const EIGHT = ['FR', 'DE', 'IT', 'ES', 'PT', 'NL'].map((code) => sample(code, 2));
  EIGHT.push(sample('BE', 1), sample('AT', 1));

  it('prints the distribution as JSON, suppressed like the API, with no country in it', async () => {
    await receive(EIGHT);
    const run = capture(data.env());
    expect(await runCli(['secretariat', 'aggregate', '--by', 'region', '--json'], run.io)).toBe(0);
    const output = run.out.join('');
    const distributions = stageDistributionsSchema.parse(JSON.parse(output));
    expect(distributions.k).toBe(5);
    const europe = distributions.subDomains
      .find(({ item }) => item === 'leadership')
      ?.rows.find(({ group }) => group === 'europe');
    expect(europe?.cells.slice(0, 2)).toEqual([{ kind: 'suppressed' }, { kind: 'suppressed' }]);
    expect(europe?.total).toEqual({ kind: 'count', value: 8 });
    for (const { countryCode, countryName } of EIGHT) {
      expect(output).not.toContain(countryName);
      expect(output).not.toMatch(new RegExp(`\\b${countryCode}\\b`));
    }
  });

  it('prints tables for a person, and takes k from AGGREGATE_MIN_COUNTRIES', async () => {
    await receive([...EIGHT, sample('IE', 1)]);
    const run = capture({ ...data.env(), AGGREGATE_MIN_COUNTRIES: '3' });
    expect(await runCli(['secretariat', 'aggregate', '--by', 'income'], run.io)).toBe(0);
    const output = run.out.join('');
    expect(output).toContain('Countries: 9 (k = 3), by income.');
    expect(output).toMatch(
      /leadership\n\s+Stage 1\s+Stage 2\s+Stage 3\s+Stage 4\s+Not applicable\s+Total/,
    );
    expect(output).toMatch(/\nHigh income\s+3\s+6\s+0\s+0\s+0\s+9\n/);
  });

  it('refuses an unknown dimension and a threshold below 3', async () => {
    const unknown = capture(data.env());
    expect(await runCli(['secretariat', 'aggregate', '--by', 'country'], unknown.io)).toBe(1);
    expect(unknown.err.join('')).toMatch(/^mnr: --by: /);
    const low = capture({ ...data.env(), AGGREGATE_MIN_COUNTRIES: '2' });
    expect(await runCli(['secretariat', 'aggregate', '--by', 'region'], low.io)).toBe(1);
    expect(low.err.join('')).toContain('AGGREGATE_MIN_COUNTRIES: must be at least 3');
  });
});
