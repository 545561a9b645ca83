import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import { openDatabase } from '../src/server/db/database.js';
import { receiveExchangeSubmission } from '../src/server/exchange/test-support/exchange-submissions.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin, lead } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  createOrganisation,
  invite,
  joinWithInvite,
  setUp,
  signIn,
  type Person,
} from './support/steps.js';

const secretariat: Person = {
  name: 'Sami Secretariat',
  email: 'sami@alliance.example',
  password: 'orchid ferry granite 39',
};
const norwayLead: Person = {
  name: 'Nils Lead',
  email: 'nils@justis.example',
  password: 'birch glacier lantern 52',
};

const KENYA = 'Kenya Child Online Protection Unit';
const NORWAY = 'Norway Child Protection Directorate';
const HELPLINE = /^Child helpline/;
const LEGISLATION = /^Legislation/;

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

/**
 * What the two countries shared, as the secretariat holds it once received from its own
 * organisations, plus one country hosted on another instance.
 */
async function receive(server: TestServer, kenyaId: string, norwayId: string): Promise<void> {
  const database = openDatabase({ kind: 'sqlite', file: path.join(server.dataDir, 'mnr.sqlite') });
  try {
    await receiveExchangeSubmission(database.db, {
      countryCode: 'KE',
      countryName: 'Kenya',
      organisationId: kenyaId,
      seeking: ['child-helpline', 'legislation'],
      contact: {
        name: 'Wanjiru Otieno',
        email: 'w.otieno@justice.ke.example',
        organisation: KENYA,
      },
    });
    await receiveExchangeSubmission(database.db, {
      countryCode: 'NO',
      countryName: 'Norway',
      organisationId: norwayId,
      offering: ['child-helpline', 'legislation'],
      contact: {
        name: 'Ingrid Berg',
        email: 'ingrid.berg@bufdir.no.example',
        organisation: NORWAY,
      },
    });
    await receiveExchangeSubmission(database.db, {
      countryCode: 'CL',
      countryName: 'Chile',
      organisationId: null,
      offering: ['child-helpline'],
    });
  } finally {
    await database.close();
  }
}

const idFrom = (url: string) => url.split('/').at(-1) ?? '';

/** One proposal in an organisation's "Knowledge exchange" section. */
function proposalIn(page: Page, subDomain: RegExp): Locator {
  return page
    .getByRole('region', { name: 'Knowledge exchange' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: subDomain }) });
}

async function answer(page: Page, subDomain: RegExp, decision: 'Accept' | 'Decline') {
  const item = proposalIn(page, subDomain);
  await item.getByRole('button', { name: decision }).click();
  await item.getByText(/This cannot be undone/).waitFor();
  await item.getByRole('button', { name: decision }).click();
}

describe.skipIf(!chromiumAvailable())('knowledge exchange between two countries', () => {
  let server: TestServer;
  let browser: Browser;
  let kenyaPage: Page;
  let norwayPage: Page;
  let secretariatPage: Page;
  let kenyaUrl = '';
  let norwayUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const adminPage = await openPage(browser);
    await setUp(adminPage, await server.setupLink(), admin);
    await createOrganisation(adminPage, { name: KENYA, country: 'Kenya', system: 'Centralised' });
    kenyaUrl = adminPage.url();
    kenyaPage = await joinWithInvite(
      browser,
      await invite(adminPage, lead.email, 'Lead'),
      lead,
      KENYA,
    );
    await adminPage.goto(`${server.baseUrl}/organisations`);
    await createOrganisation(adminPage, { name: NORWAY, country: 'Norway', system: 'Centralised' });
    norwayUrl = adminPage.url();
    norwayPage = await joinWithInvite(
      browser,
      await invite(adminPage, norwayLead.email, 'Lead'),
      norwayLead,
      NORWAY,
    );
    await createSecretariatAccount(server);
    await receive(server, idFrom(kenyaUrl), idFrom(norwayUrl));
    secretariatPage = await openPage(browser);
    await secretariatPage.goto(`${server.baseUrl}/sign-in`);
    await signIn(secretariatPage, secretariat);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the secretariat propose introductions between consenting countries', async () => {
    await secretariatPage.getByRole('link', { name: 'Knowledge exchange' }).click();
    await secretariatPage.getByRole('heading', { level: 1, name: 'Knowledge exchange' }).waitFor();
    const candidates = secretariatPage.getByRole('region', {
      name: 'Countries that could be introduced',
    });
    const chile = candidates.getByRole('listitem').filter({ hasText: 'Chile' });
    await chile
      .getByText(
        'Hosted elsewhere: it cannot answer here. Write to it using the contact in its submission.',
      )
      .waitFor();
    expect(await chile.getByRole('button').count()).toBe(0);
    await checkPage(secretariatPage, 'exchange-candidates');

    await candidates
      .getByRole('button', {
        name: /Propose an introduction between Kenya and Norway for Child helpline/,
      })
      .click();
    await candidates
      .getByLabel('Note to both countries (optional)')
      .fill('Both of you work on staffing a national helpline around the clock.');
    await checkPage(secretariatPage, 'exchange-propose');
    await candidates.getByRole('button', { name: 'Send the proposal' }).click();
    await candidates.getByText('Proposed: awaiting both countries').waitFor();

    await candidates
      .getByRole('button', {
        name: /Propose an introduction between Kenya and Norway for Legislation/,
      })
      .click();
    await candidates.getByRole('button', { name: 'Send the proposal' }).click();
    const proposals = secretariatPage.getByRole('region', { name: 'Proposed introductions' });
    await expect.poll(() => proposals.getByRole('listitem').count()).toBe(2);
    await checkPage(secretariatPage, 'exchange-proposed');
  });

  it('introduces the countries once both accept, and only then shows each other’s contact', async () => {
    await kenyaPage.goto(kenyaUrl);
    const kenyaHelpline = proposalIn(kenyaPage, HELPLINE);
    await kenyaHelpline.getByText('Awaiting your answer.').waitFor();
    await kenyaHelpline.getByText('Both of you work on staffing a national helpline').waitFor();
    await checkPage(kenyaPage, 'exchange-country-proposed');
    await kenyaHelpline
      .getByRole('button', { name: /^Accept the introduction on Child helpline/ })
      .waitFor();
    await answer(kenyaPage, HELPLINE, 'Accept');
    await kenyaHelpline.getByText('You accepted. Awaiting the other country.').waitFor();
    // The answer's outcome takes the focus the buttons had.
    expect(await kenyaPage.evaluate(() => document.activeElement?.textContent)).toBe(
      'You accepted. Awaiting the other country.',
    );
    const kenyaSection = kenyaPage.getByRole('region', { name: 'Knowledge exchange' });
    expect(await kenyaSection.innerText()).not.toMatch(/Norway|Ingrid/);
    await checkPage(kenyaPage, 'exchange-country-awaiting');

    await norwayPage.goto(norwayUrl);
    const norwayHelpline = proposalIn(norwayPage, HELPLINE);
    // Kenya's acceptance is not shown: to Norway the proposal simply awaits its own answer.
    await norwayHelpline.getByText('Awaiting your answer.').waitFor();
    expect(
      await norwayPage.getByRole('region', { name: 'Knowledge exchange' }).innerText(),
    ).not.toMatch(/Kenya|Wanjiru/);
    await answer(norwayPage, HELPLINE, 'Accept');
    await norwayHelpline.getByText('Introduced: both countries accepted.').waitFor();
    await norwayHelpline.getByText('Wanjiru Otieno').waitFor();
    await norwayHelpline.getByRole('link', { name: 'w.otieno@justice.ke.example' }).waitFor();
    await checkPage(norwayPage, 'exchange-country-introduced');

    await kenyaPage.reload();
    await kenyaHelpline.getByText('Introduced: both countries accepted.').waitFor();
    await kenyaHelpline.getByText('Ingrid Berg').waitFor();
    await kenyaHelpline.getByText(NORWAY).waitFor();
  });

  it('tells the other country of a decline only that it is not taken forward', async () => {
    await answer(norwayPage, LEGISLATION, 'Decline');
    await proposalIn(norwayPage, LEGISLATION)
      .getByText('You declined. Not taken forward.')
      .waitFor();

    await kenyaPage.reload();
    const kenyaLegislation = proposalIn(kenyaPage, LEGISLATION);
    await kenyaLegislation.getByText('Not taken forward.', { exact: true }).waitFor();
    expect(await kenyaLegislation.innerText()).not.toMatch(/Norway|declined|Ingrid/);
    expect(await kenyaLegislation.getByRole('button').count()).toBe(0);
    await checkPage(kenyaPage, 'exchange-country-not-taken-forward');

    await secretariatPage.reload();
    const proposals = secretariatPage.getByRole('region', { name: 'Proposed introductions' });
    await proposals.getByRole('listitem').filter({ hasText: 'introduced' }).waitFor();
    await proposals.getByRole('listitem').filter({ hasText: 'not taken forward' }).waitFor();
    await checkPage(secretariatPage, 'exchange-secretariat-outcomes');
  });
});
