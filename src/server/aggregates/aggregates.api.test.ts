import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  stageDistributionsSchema,
  stageTrendsSchema,
  supportInterestSchema,
  type Cell,
  type DistributionTable,
  type StageDistributions,
} from '../../domain/aggregation/index.js';
import {
  createMember,
  createOrganisation,
  createSession,
  createUser,
  type TestSession,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { receiveSubmissions, type ReceivedSample } from './test-support/received-submissions.js';

const EUROPE = ['FR', 'DE', 'IT', 'ES', 'PT', 'NL', 'BE', 'AT', 'IE', 'DK', 'SE', 'FI'];
const AMERICAS = ['BR', 'AR', 'CL', 'PE', 'CO', 'MX', 'UY', 'PY', 'EC', 'BO'];
const AFRICA = ['KE', 'GH', 'NG', 'SN', 'TZ', 'UG', 'RW'];
const NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

function samples(codes: readonly string[], fields: Partial<ReceivedSample>): ReceivedSample[] {
  return codes.map((countryCode) => ({
    countryCode,
    countryName: NAMES.of(countryCode) ?? countryCode,
    cycle: '2024',
    region: 'europe',
    incomeGroup: 'high',
    governmentSystem: 'centralised',
    subDomainStages: {},
    capabilityStages: {},
    seeksSupport: [],
    offersExperience: [],
    ...fields,
  }));
}

const stage = (leadership: 1 | 2 | 3): Partial<ReceivedSample> => ({
  subDomainStages: { leadership },
  capabilityStages: { 'policy-governance': leadership },
});

/**
 * By region, leadership: Africa has two countries at stage 1 and five at stage 3; the Americas
 * five at stage 2 and five at stage 3; Europe six and six. Africa's two must not be published,
 * nor anything that gives them away; Europe's sixes can be.
 */
const SAMPLES: ReceivedSample[] = [
  ...samples(EUROPE.slice(0, 6), { ...stage(2), seeksSupport: ['legislation'] }),
  ...samples(EUROPE.slice(6), stage(3)),
  ...samples(AMERICAS.slice(0, 5), {
    region: 'americas',
    incomeGroup: 'upper-middle',
    ...stage(2),
    seeksSupport: ['legislation'],
  }),
  ...samples(AMERICAS.slice(5), { region: 'americas', incomeGroup: 'upper-middle', ...stage(3) }),
  ...samples(AFRICA.slice(0, 2), {
    region: 'africa',
    incomeGroup: 'lower-middle',
    ...stage(1),
    offersExperience: ['legislation'],
  }),
  ...samples(AFRICA.slice(2), { region: 'africa', incomeGroup: 'lower-middle', ...stage(3) }),
];

const plain = (cells: readonly Cell[]) =>
  cells.map((cell) => (cell.kind === 'count' ? cell.value : null));

const counts = (cells: readonly Cell[]) =>
  cells.flatMap((cell) => (cell.kind === 'count' ? [cell.value] : []));

function everyLine(table: DistributionTable): { cells: Cell[]; total: Cell }[] {
  return [
    ...table.rows.map(({ cells, total }) => ({ cells, total })),
    { cells: table.columnTotals, total: table.grandTotal },
    ...table.columnTotals.map((total, column) => ({
      cells: table.rows.map((row) => row.cells[column] ?? { kind: 'suppressed' as const }),
      total,
    })),
    { cells: table.rows.map((row) => row.total), total: table.grandTotal },
  ];
}

/** Neither a country's code nor its name appears anywhere in what was sent. */
function expectNoCountryIdentity(body: string, samples: readonly ReceivedSample[]) {
  for (const { countryCode, countryName } of samples) {
    expect(body).not.toContain(countryName);
    expect(body).not.toMatch(new RegExp(`\\b${countryCode}\\b`));
  }
}

function expectSafeTables(distributions: StageDistributions) {
  for (const table of [...distributions.subDomains, ...distributions.capabilities]) {
    for (const line of everyLine(table)) {
      for (const value of counts([...line.cells, line.total])) {
        expect(value === 0 || value >= distributions.k).toBe(true);
      }
      const hidden = line.cells.filter(({ kind }) => kind === 'suppressed').length;
      if (line.total.kind === 'count') expect(hidden).not.toBe(1);
    }
  }
}

describe.each(testDatabaseKinds())('secretariat aggregates on %s', (kind) => {
  let testApp: TestApp;
  let secretariat: TestSession;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    secretariat = await createSession(
      testApp.app.db,
      (await createUser(testApp.app.db, { instanceRole: 'secretariat' })).id,
    );
    await receiveSubmissions(testApp.app.db, SAMPLES);
  });
  afterAll(() => testApp.close());

  const get = (url: string, caller: TestSession = secretariat) =>
    send(testApp.app, caller, { method: 'GET', url });

  it('suppresses small cells and what would give them away, and publishes the rest', async () => {
    const response = await get('/api/secretariat/aggregates?by=region');
    expect(response.statusCode).toBe(200);
    const distributions = stageDistributionsSchema.parse(response.json());
    expect(distributions.k).toBe(5);
    expect(distributions.countries).toEqual({ kind: 'count', value: 29 });
    const leadership = distributions.subDomains.find(({ item }) => item === 'leadership');
    const row = (group: string) => {
      const found = leadership?.rows.find((entry) => entry.group === group);
      return found && [...plain(found.cells), ...plain([found.total])];
    };
    // Zeros beside suppressed counts would say at which stages a region's countries all are.
    expect(row('africa')).toEqual([null, null, null, null, null, 7]);
    expect(row('americas')).toEqual([null, null, null, null, null, 10]);
    expect(row('europe')).toEqual([0, 6, 6, 0, 0, 12]);
    expect(plain(leadership?.columnTotals ?? [])).toEqual([null, null, 16, null, null]);
    expectSafeTables(distributions);
    expectNoCountryIdentity(response.body, SAMPLES);
  });

  it('breaks down by income group, government system and cycle under the same rules', async () => {
    for (const by of ['income', 'system', 'cycle']) {
      const response = await get(`/api/secretariat/aggregates?by=${by}`);
      const distributions = stageDistributionsSchema.parse(response.json());
      expect(distributions.by).toBe(by);
      expectSafeTables(distributions);
      expectNoCountryIdentity(response.body, SAMPLES);
    }
    expect((await get('/api/secretariat/aggregates?by=country')).statusCode).toBe(400);
  });

  it('counts countries seeking support and offering experience, small counts suppressed', async () => {
    const response = await get('/api/secretariat/aggregates/support-interest');
    const support = supportInterestSchema.parse(response.json());
    const legislation = (list: typeof support.seeksSupport) =>
      list.find(({ subDomain }) => subDomain === 'legislation')?.countries;
    expect(legislation(support.seeksSupport)).toEqual({ kind: 'count', value: 11 });
    expect(legislation(support.offersExperience)).toEqual({ kind: 'suppressed' });
    expectNoCountryIdentity(response.body, SAMPLES);
  });

  it('exports CSV with a byte order mark and suppressed cells as a word, never a number', async () => {
    const response = await get('/api/secretariat/aggregates/export?format=csv&by=region');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="mnr-aggregates-by-region-k5-distributions.csv"',
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(response.body, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Subject',
      'Key',
      'Name',
      'Region (UN M49)',
      'Stage 1',
      'Stage 2',
      'Stage 3',
      'Stage 4',
      'Not applicable',
      'Total',
    ]);
    const leadership = rows.filter((row) => row[0] === 'Sub-domain' && row[1] === 'leadership');
    expect(leadership.find((row) => row[3] === 'Africa')?.slice(4)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      '7',
    ]);
    expect(leadership.at(-1)?.slice(3)).toEqual([
      'All',
      'suppressed',
      'suppressed',
      '16',
      'suppressed',
      'suppressed',
      '29',
    ]);
    for (const value of rows.slice(1).flatMap((row) => row.slice(4))) {
      expect(value === 'suppressed' || value === '0' || Number(value) >= 5).toBe(true);
    }
    expectNoCountryIdentity(response.body, SAMPLES);

    const support = await get(
      '/api/secretariat/aggregates/export?format=csv&table=support-interest',
    );
    const supportRows = parse(support.body, { bom: true }) as string[][];
    expect(supportRows.find((row) => row[0] === 'legislation')?.slice(2)).toEqual([
      '11',
      'suppressed',
    ]);
  });

  it('exports a workbook with every table, numbers as numbers and suppressed cells as a word', async () => {
    const response = await get('/api/secretariat/aggregates/export?format=xlsx&by=region');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="mnr-aggregates-by-region-k5.xlsx"',
    );
    const sheets = await readXlsxFile(response.rawPayload);
    expect(sheets.map(({ sheet }) => sheet)).toEqual([
      'About',
      'Distributions',
      'Trends',
      'Support interest',
    ]);
    const distributions = sheets[1]?.data ?? [];
    const leadership = (group: string) =>
      distributions.find((row) => row[1] === 'leadership' && row[3] === group)?.slice(4);
    expect(leadership('Africa')).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      7,
    ]);
    expect(leadership('Europe')).toEqual([0, 6, 6, 0, 0, 12]);
    expectNoCountryIdentity(sheets.flatMap(({ data }) => data.flat()).join('\n'), SAMPLES);
  });

  it('gives the change between cycles only where both counts are published', async () => {
    await receiveSubmissions(
      testApp.app.db,
      SAMPLES.slice(0, 6).map((entry) => ({ ...entry, cycle: '2026', ...stage(3) })),
    );
    const response = await get('/api/secretariat/aggregates/trends');
    const trends = stageTrendsSchema.parse(response.json());
    const [leadership] = trends.subDomains.find(({ item }) => item === 'leadership')?.trends ?? [];
    expect(leadership).toEqual({
      from: '2024',
      to: '2026',
      cells: [
        { kind: 'suppressed' },
        { kind: 'suppressed' },
        { kind: 'change', value: -10 },
        { kind: 'change', value: 0 },
        { kind: 'change', value: 0 },
      ],
      total: { kind: 'change', value: -23 },
    });
    expectNoCountryIdentity(response.body, SAMPLES);
  });

  it('is for the secretariat only', async () => {
    const organisation = await createOrganisation(testApp.app.db);
    const { user } = await createMember(testApp.app.db, organisation.id, 'lead');
    const lead = await createSession(testApp.app.db, user.id);
    expect((await get('/api/secretariat/aggregates', lead)).statusCode).toBe(403);
    expect((await get('/api/secretariat/aggregates/export?format=csv', lead)).statusCode).toBe(403);
    const anonymous = await send(testApp.app, null, {
      method: 'GET',
      url: '/api/secretariat/aggregates',
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('secretariat aggregates with few countries or another threshold', () => {
  const distributionsOn = async (samplesToReceive: ReceivedSample[], k?: number) => {
    const testApp = await startTestApp('sqlite', k ? { aggregateMinCountries: k } : {});
    try {
      const secretariat = await createSession(
        testApp.app.db,
        (await createUser(testApp.app.db, { instanceRole: 'secretariat' })).id,
      );
      await receiveSubmissions(testApp.app.db, samplesToReceive);
      const response = await send(testApp.app, secretariat, {
        method: 'GET',
        url: '/api/secretariat/aggregates?by=region',
      });
      return stageDistributionsSchema.parse(response.json());
    } finally {
      await testApp.close();
    }
  };

  it('publishes only zeros while fewer than k countries shared', async () => {
    const distributions = await distributionsOn(samples(AFRICA.slice(0, 4), stage(2)));
    expect(distributions.countries).toEqual({ kind: 'suppressed' });
    for (const table of [...distributions.subDomains, ...distributions.capabilities]) {
      for (const line of everyLine(table)) {
        expect(counts([...line.cells, line.total]).every((value) => value === 0)).toBe(true);
      }
    }
  });

  it('applies AGGREGATE_MIN_COUNTRIES from configuration', async () => {
    const distributions = await distributionsOn(samples(AFRICA.slice(0, 4), stage(2)), 3);
    expect(distributions.k).toBe(3);
    expect(distributions.countries).toEqual({ kind: 'count', value: 4 });
    const leadership = distributions.subDomains.find(({ item }) => item === 'leadership');
    expect(leadership?.rows.find(({ group }) => group === 'europe')?.cells[1]).toEqual({
      kind: 'count',
      value: 4,
    });
  });
});
