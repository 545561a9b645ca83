import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import { openDatabase } from '../src/server/db/database.js';
import {
  receiveSubmissions,
  type ReceivedSample,
} from '../src/server/aggregates/test-support/received-submissions.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { setUp, signIn, type Person } from './support/steps.js';

const secretariat: Person = {
  name: 'Sami Secretariat',
  email: 'sami@alliance.example',
  password: 'orchid ferry granite 39',
};

const LEADERSHIP = /^Countries by stage: Leadership/;

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

/** Leadership by region: Africa 2 at stage 1 and 5 at stage 3, the Americas 5 and 5, Europe 6 and 6. */
const SAMPLES = [
  ...samples(['FR', 'DE', 'IT', 'ES', 'PT', 'NL'], {
    subDomainStages: { leadership: 2 },
    seeksSupport: ['legislation'],
  }),
  ...samples(['BE', 'AT', 'IE', 'DK', 'SE', 'FI'], { subDomainStages: { leadership: 3 } }),
  ...samples(['BR', 'AR', 'CL', 'PE', 'CO'], {
    region: 'americas',
    incomeGroup: 'upper-middle',
    subDomainStages: { leadership: 2 },
    seeksSupport: ['legislation'],
  }),
  ...samples(['MX', 'UY', 'PY', 'EC', 'BO'], {
    region: 'americas',
    incomeGroup: 'upper-middle',
    subDomainStages: { leadership: 3 },
  }),
  ...samples(['KE', 'GH'], {
    region: 'africa',
    incomeGroup: 'lower-middle',
    subDomainStages: { leadership: 1 },
    offersExperience: ['legislation'],
  }),
  ...samples(['NG', 'SN', 'TZ', 'UG', 'RW'], {
    region: 'africa',
    incomeGroup: 'lower-middle',
    subDomainStages: { leadership: 3 },
  }),
];

async function createSecretariatAccount(server: TestServer): Promise<void> {
  const err: string[] = [];
  const code = await runCli(
    [
      'user',
      'create',
      '--email',
      secretariat.email,
      '--name',
      secretariat.name,
      '--secretariat',
      '--password-stdin',
    ],
    {
      out: () => undefined,
      err: (text) => void err.push(text),
      env: { DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' },
      readStdin: async () => secretariat.password,
      askHidden: undefined,
    },
  );
  if (code !== 0) throw new Error(`mnr user create failed: ${err.join('\n')}`);
}

async function receive(server: TestServer): Promise<void> {
  const database = openDatabase({ kind: 'sqlite', file: path.join(server.dataDir, 'mnr.sqlite') });
  try {
    await receiveSubmissions(database.db, SAMPLES);
  } finally {
    await database.close();
  }
}

/** The cells of a table's row, as a person reads them. */
async function rowText(page: Page, table: string | RegExp, row: string): Promise<string[]> {
  const cells = page
    .getByRole('table', { name: table })
    .getByRole('row', { name: row, exact: false })
    .first()
    .getByRole('cell');
  return (await cells.allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(!chromiumAvailable())('the secretariat dashboard', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const adminPage = await openPage(browser);
    await setUp(adminPage, await server.setupLink(), admin);
    await expect(adminPage.getByRole('link', { name: 'Dashboard' }).count()).resolves.toBe(0);
    await createSecretariatAccount(server);
    await receive(server);
    page = await openPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, secretariat);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("prefills a new organisation's region, sub-region and income group from reference data", async () => {
    const adminPage = await openPage(browser);
    await adminPage.goto(`${server.baseUrl}/sign-in`);
    await signIn(adminPage, admin);
    await adminPage.getByRole('link', { name: 'Create organisation' }).click();
    const country = adminPage.getByLabel('Country');
    await country.locator('option', { hasText: 'Ghana' }).waitFor({ state: 'attached' });
    await country.selectOption({ label: 'Ghana' });
    await adminPage.getByText(/filled in from UN M49/).waitFor();
    expect(await adminPage.getByLabel('Region', { exact: true }).inputValue()).toBe('africa');
    expect(await adminPage.getByLabel('Income group').inputValue()).toBe('lower-middle');
    expect(await adminPage.getByLabel('Sub-region').inputValue()).toBe('Sub-Saharan Africa');
    await checkPage(adminPage, 'create-organisation-prefilled');
    await adminPage.context().close();
  });

  it('shows stage distributions with small counts suppressed, never a country', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aggregate dashboard' }).waitFor();
    await page.getByRole('table', { name: LEADERSHIP }).waitFor();

    await expect(page.getByText('fewer than 5 countries')).toBeTruthy();
    expect(await page.locator('#suppressed-note').innerText()).toContain('fewer than 5 countries');
    // Zeros beside Africa's suppressed counts would say at which stages its countries all are.
    expect(await rowText(page, LEADERSHIP, 'Africa')).toEqual([
      ...Array<string>(5).fill('Suppressed'),
      '7',
    ]);
    expect(await rowText(page, LEADERSHIP, 'Europe')).toEqual(['0', '6', '6', '0', '0', '12']);
    const text = await page.locator('main').innerText();
    for (const { countryName } of SAMPLES) expect(text).not.toContain(countryName);
    await checkPage(page, 'secretariat-dashboard-by-region');
  });

  it('breaks down by another dimension and shows capabilities on request', async () => {
    await page.getByLabel('Break down by').selectOption({ label: 'Income group' });
    await page.getByRole('heading', { name: 'Sub-domains by stage, by income group' }).waitFor();
    expect(await rowText(page, LEADERSHIP, 'Lower-middle income')).toEqual(
      Array<string>(6).fill('Suppressed'),
    );

    await page.getByLabel('Show').selectOption({ label: 'Capabilities' });
    await page.getByRole('heading', { name: 'Capabilities by stage, by income group' }).waitFor();
    expect(await page.getByRole('table', { name: LEADERSHIP }).count()).toBe(0);
    await checkPage(page, 'secretariat-dashboard-capabilities');
  });

  it('shows support interest suppressed alike, and downloads the figures', async () => {
    const support = 'Countries seeking support or offering experience, by sub-domain';
    expect(await rowText(page, support, 'Legislation')).toEqual(['11', 'Suppressed']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mnr-aggregates-by-income-k5-distributions.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toMatch(
      /\r\nSub-domain,leadership,Leadership[^,]*,Lower-middle income(,suppressed){6}\r\n/,
    );
    for (const { countryName } of SAMPLES) expect(csv).not.toContain(countryName);
  });
});
