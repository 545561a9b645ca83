import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin, lead } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  acceptWithNewAccount,
  createOrganisation,
  invite,
  openAccountMenu,
  setUp,
  signIn,
} from './support/steps.js';

const ORGANISATION = 'Ghana Child Online Protection Committee';

/**
 * Looking after an organisation once it runs: two people changing its details at once, the
 * administrator's list of users, joining with an existing account, and signing out everywhere.
 */
describe.skipIf(!chromiumAvailable())('administering organisations and accounts', () => {
  let server: TestServer;
  let browser: Browser;
  let adminPage: Page;
  let leadPage: Page;
  let organisationUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    adminPage = await openPage(browser);
    await setUp(adminPage, await server.setupLink(), admin);
    await createOrganisation(adminPage, {
      name: ORGANISATION,
      country: 'Ghana',
      system: 'Centralised',
    });
    organisationUrl = adminPage.url();
    const link = await invite(adminPage, lead.email, 'Lead');
    leadPage = await openPage(browser);
    await leadPage.goto(link);
    await acceptWithNewAccount(leadPage, lead);
    await leadPage.getByText(`You have joined ${ORGANISATION}.`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows both versions when two people change the details at once, and saves the one chosen', async () => {
    await adminPage.goto(organisationUrl);
    await adminPage.getByRole('button', { name: 'Change details' }).click();
    await leadPage.getByRole('button', { name: 'Change details' }).click();

    await adminPage.getByLabel('Name of the organisation').fill('Ghana National Committee');
    await adminPage.getByRole('button', { name: 'Save the details' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Ghana National Committee' }).waitFor();

    const leadVersion = 'Ghana Child Protection Committee';
    await leadPage.getByLabel('Name of the organisation').fill(leadVersion);
    await leadPage.getByLabel('Income group').selectOption({ label: 'Lower-middle income' });
    await leadPage.getByRole('button', { name: 'Save the details' }).click();
    const conflict = leadPage.getByRole('alert').filter({
      has: leadPage.getByRole('heading', { name: 'Someone else changed these details' }),
    });
    await conflict.waitFor();
    const name = conflict.getByRole('listitem').filter({
      has: leadPage.getByRole('heading', { name: /Name of the organisation/ }),
    });
    await name.getByRole('definition').filter({ hasText: 'Ghana National Committee' }).waitFor();
    await name.getByRole('definition').filter({ hasText: leadVersion }).waitFor();
    await name.getByText('differs').waitFor();
    expect(await leadPage.getByRole('heading', { level: 1 }).textContent()).toBe(ORGANISATION);
    await checkPage(leadPage, 'organisation-conflict');

    await conflict.getByRole('button', { name: 'Save my version over theirs' }).click();
    await leadPage.getByRole('heading', { level: 1, name: leadVersion }).waitFor();
    await leadPage
      .getByRole('region', { name: 'Details' })
      .getByText('Lower-middle income')
      .waitFor();
    await adminPage.reload();
    await adminPage.getByRole('heading', { level: 1, name: leadVersion }).waitFor();
  });

  it('lets only an administrator see every account and grant instance roles', async () => {
    await adminPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await adminPage.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const role = adminPage.getByRole('combobox', { name: `Instance role of ${lead.name}` });
    expect(await role.inputValue()).toBe('');
    await role.selectOption({ label: 'Secretariat' });
    await adminPage
      .getByRole('form', { name: `Instance role of ${lead.name}` })
      .getByRole('button', { name: 'Save' })
      .click();
    await adminPage.getByText(`The role of ${lead.name} is saved.`).waitFor();
    await checkPage(adminPage, 'users');

    await leadPage.reload();
    const leadNav = leadPage.getByRole('navigation', { name: 'Main' });
    await leadNav.getByRole('link', { name: 'Organisations' }).waitFor();
    expect(await leadNav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await leadPage.goto(`${server.baseUrl}/users`);
    await leadPage
      .getByRole('alert')
      .getByText('Only instance administrators can do this.')
      .waitFor();
  });

  it('lets someone with an account sign in from the invitation and come back to accept it', async () => {
    await leadPage.goto(organisationUrl);
    const link = await invite(leadPage, admin.email, 'Observer');

    // Signed in as someone else, the page says to sign out first.
    await leadPage.goto(link);
    await leadPage.getByText(`You are signed in as ${lead.email}`).waitFor();

    const page = await openPage(browser);
    await page.goto(link);
    await page.getByText(`${admin.email} already has an account.`).waitFor();
    await checkPage(page, 'invite-existing-account');
    await page.getByRole('link', { name: 'Sign in to accept' }).click();
    await signIn(page, admin);
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.getByText(`You have joined Ghana Child Protection Committee.`).waitFor();
    await page.getByText('Your role: Observer').waitFor();
    await page.context().close();
  });

  it('withdraws an invitation, after which its link says so', async () => {
    await leadPage.goto(organisationUrl);
    const email = 'kofi@health.example';
    const link = await invite(leadPage, email, 'Facilitator');
    const pending = leadPage.getByRole('region', { name: 'Pending invitations' });
    await pending.getByRole('button', { name: `Withdraw the invitation for ${email}` }).click();
    await pending.getByText(email, { exact: true }).waitFor({ state: 'detached' });

    const page = await openPage(browser);
    await page.goto(link);
    await page
      .getByRole('alert')
      .getByText(/This invitation was withdrawn/)
      .waitFor();
    await page.context().close();
  });

  it('signs out everywhere, ending the session in every browser', async () => {
    const elsewhere = await openPage(browser);
    await elsewhere.goto(`${server.baseUrl}/sign-in`);
    await signIn(elsewhere, lead);
    await elsewhere.waitForURL(/\/organisations$/);

    await leadPage.goto(organisationUrl);
    await openAccountMenu(leadPage, lead);
    await leadPage.getByRole('button', { name: 'Sign out everywhere' }).click();
    await leadPage.getByText('You are signed out on every computer and browser.').waitFor();

    await elsewhere.reload();
    await elsewhere.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await elsewhere.context().close();
  });
});
