import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin, contributor, lead, observer } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  acceptWithNewAccount,
  invite,
  openAccountMenu,
  signIn,
  type Person,
} from './support/steps.js';

const ORGANISATION = 'Nigeria Child Online Protection Committee';

/**
 * The life of an organisation's people, each in their own browser: the setup link makes the
 * administrator, who creates a country's organisation and invites its lead; the lead invites a
 * contributor and an observer; people sign out, reset a password, and meet a used link.
 */
describe.skipIf(!chromiumAvailable())('accounts, organisations, roles and invites', () => {
  let server: TestServer;
  let browser: Browser;
  const pages = new Map<Person, Page>();
  const links = new Map<Person, string>();
  let organisationUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function pageOf(person: Person): Promise<Page> {
    const existing = pages.get(person);
    if (existing) return existing;
    const page = await openPage(browser);
    pages.set(person, page);
    return page;
  }

  function linkFor(person: Person): string {
    const link = links.get(person);
    if (!link) throw new Error(`no invitation link for ${person.name} yet`);
    return link;
  }

  it('makes the first account the administrator with the setup link', async () => {
    const page = await pageOf(admin);
    await page.goto(await server.setupLink());
    await page.getByRole('heading', { level: 1, name: 'Set up MNR Self-Assessment' }).waitFor();
    await checkPage(page, 'setup');

    // Submitting nothing: the summary takes focus and each field says what it needs.
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: /Enter your name/ }).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: /Enter an email address/ }).click();
    expect(
      await page.getByLabel('Email address').evaluate((e) => e === document.activeElement),
    ).toBe(true);
    expect(page.url()).toContain('#token=');
    await checkPage(page, 'setup-errors');

    await page.getByLabel('Your full name').fill(admin.name);
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Choose a password').fill(admin.password);
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await page.waitForURL(/\/organisations$/);
    await page.getByText('You are the administrator of this instance.').waitFor();
    await page.getByRole('button', { name: `Account menu for ${admin.name}` }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .waitFor();
    await checkPage(page, 'organisations-empty');
  });

  it('lets the administrator create a country organisation and invite its lead', async () => {
    const page = await pageOf(admin);
    await page.getByRole('link', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an organisation' }).waitFor();
    await page
      .getByLabel('Country')
      .locator('option', { hasText: 'Nigeria' })
      .waitFor({ state: 'attached' });
    await checkPage(page, 'create-organisation');

    await page.getByLabel('Name of the organisation').fill(ORGANISATION);
    await page.getByLabel('Country').selectOption({ label: 'Nigeria' });
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Africa' });
    await page.getByLabel('Income group').selectOption({ label: 'Lower-middle income' });
    await page.getByRole('radio', { name: 'Federal' }).check();
    await page.getByRole('button', { name: 'Create the organisation' }).click();

    await page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();
    organisationUrl = page.url();
    await page.getByText(`${ORGANISATION} has been created.`).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('Lower-middle income').waitFor();

    const jurisdictions = page.getByRole('region', { name: 'Jurisdictions' });
    await jurisdictions.getByLabel('Name of the jurisdiction').fill('Lagos State');
    await jurisdictions.getByRole('button', { name: 'Add a jurisdiction' }).click();
    await jurisdictions.getByRole('link', { name: 'Lagos State' }).waitFor();

    // An administrator invites leads only: the role is not a choice.
    const form = page.getByRole('form', { name: 'Invite someone' });
    expect(await form.getByRole('radio').count()).toBe(1);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.baseUrl,
    });
    const link = await invite(page, lead.email, 'Lead');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('The link is copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(link);
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/invite#token=[\\w-]+$`));
    links.set(lead, copied);

    const pending = page.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText(lead.email, { exact: true }).waitFor();
    await checkPage(page, 'organisation-admin');
  });

  it('lets the lead accept in their own browser, then invite a contributor and an observer', async () => {
    const page = await pageOf(lead);
    await page.goto(linkFor(lead));
    await page.getByRole('heading', { level: 1, name: `Join ${ORGANISATION}` }).waitFor();
    await page.getByText(`as Lead`).waitFor();
    await checkPage(page, 'invite-new-account');

    await acceptWithNewAccount(page, lead);
    await page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();
    await page.getByText(`You have joined ${ORGANISATION}.`).waitFor();
    await page.getByText('Your role: Lead').waitFor();

    await page
      .getByRole('form', { name: 'Invite someone' })
      .getByRole('radio', { name: 'Contributor' })
      .check();
    await page.getByRole('group', { name: 'Capabilities they can contribute to' }).waitFor();
    links.set(
      contributor,
      await invite(page, contributor.email, 'Contributor', ['Criminal justice', 'Victim']),
    );
    links.set(observer, await invite(page, observer.email, 'Observer'));
    const pending = page.getByRole('region', { name: 'Pending invitations' });
    await pending.getByText(contributor.email, { exact: true }).waitFor();
    await pending.getByText(observer.email, { exact: true }).waitFor();
    await checkPage(page, 'organisation-lead');
  });

  it('lets the contributor and the observer accept, each with their own role', async () => {
    for (const person of [contributor, observer]) {
      const page = await pageOf(person);
      await page.goto(linkFor(person));
      await acceptWithNewAccount(page, person);
      await page.getByText(`You have joined ${ORGANISATION}.`).waitFor();
    }
    const page = await pageOf(lead);
    await page.reload();
    const members = page.getByRole('region', { name: 'Members' });
    const cato = members.getByRole('listitem').filter({ hasText: contributor.name });
    await cato.getByText('Contributor', { exact: true }).waitFor();
    await cato.getByText('Only: Criminal justice, Victim').waitFor();
    await members
      .getByRole('listitem')
      .filter({ hasText: observer.name })
      .getByText('Observer', { exact: true })
      .waitFor();
    expect(
      await page.getByRole('region', { name: 'Pending invitations' }).getByRole('listitem').count(),
    ).toBe(0);
  });

  it('shows the observer the members but no way to change anything', async () => {
    const page = await pageOf(observer);
    await page.getByText('Your role: Observer').waitFor();
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByText(lead.name).waitFor();
    expect(await members.getByRole('listitem').count()).toBe(3);
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await page.getByRole('combobox').count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: /Change role|Remove|Withdraw|Change details/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('region', { name: 'Pending invitations' }).count()).toBe(0);
    await checkPage(page, 'organisation-observer');
  });

  it('lets the lead change a role and remove someone, but not leave the organisation without a lead', async () => {
    const page = await pageOf(lead);
    const members = page.getByRole('region', { name: 'Members' });
    const item = (person: Person) =>
      members.getByRole('listitem').filter({ hasText: person.email });

    await item(contributor)
      .getByRole('button', { name: `Change role of ${contributor.name}` })
      .click();
    await page
      .getByRole('combobox', { name: `Role of ${contributor.name}` })
      .selectOption({ label: 'Facilitator' });
    await checkPage(page, 'member-change-role');
    await page.getByRole('button', { name: 'Save the role' }).click();
    await item(contributor).getByText('Facilitator', { exact: true }).waitFor();

    await item(lead)
      .getByRole('button', { name: `Change role of ${lead.name}` })
      .click();
    await page
      .getByRole('combobox', { name: `Role of ${lead.name}` })
      .selectOption({ label: 'Observer' });
    await page.getByRole('button', { name: 'Save the role' }).click();
    await page
      .getByRole('alert')
      .getByText(/only lead of this organisation/)
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await item(contributor)
      .getByRole('button', { name: `Remove ${contributor.name}` })
      .click();
    await checkPage(page, 'member-remove');
    await page.getByRole('button', { name: `Yes, remove ${contributor.name}` }).click();
    await members.getByText(contributor.email, { exact: true }).waitFor({ state: 'detached' });
    expect(await members.getByRole('listitem').count()).toBe(2);
  });

  it('signs out, then asks to sign in for a protected page and returns to it', async () => {
    const page = await pageOf(observer);
    await openAccountMenu(page, observer);
    await checkPage(page, 'account-menu');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You are signed out.').waitFor();

    await page.goto(organisationUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await checkPage(page, 'sign-in');
    await page.getByLabel('Email address').fill(observer.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email or password is not right.').waitFor();

    await signIn(page, observer);
    await page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor();
    expect(page.url()).toBe(organisationUrl);
  });

  it('resets a forgotten password with a reset link, which ends the old sessions', async () => {
    const asking = await openPage(browser);
    await asking.goto(`${server.baseUrl}/sign-in`);
    await asking.getByRole('link', { name: 'Forgot your password?' }).click();
    await asking.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await checkPage(asking, 'forgot-password');
    await asking.getByLabel('Email address').fill(lead.email);
    await asking.getByRole('button', { name: 'Send the reset link' }).click();
    await asking
      .getByText('If an account exists for that address, a reset link has been sent.')
      .waitFor();

    // No mail server here: the administrator makes a link with `mnr user reset-link`.
    await asking.goto(await server.resetLink(lead.email));
    await asking.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await checkPage(asking, 'reset-password');
    const renewed = { ...lead, password: 'orchid canyon marble 95' };
    await asking.getByLabel('Choose a password').fill(renewed.password);
    await asking.getByRole('button', { name: 'Change my password' }).click();
    await asking.getByText('Your password has been changed').waitFor();
    await signIn(asking, renewed);
    await asking.waitForURL(/\/organisations$/);
    await asking.getByRole('link', { name: ORGANISATION }).waitFor();
    await checkPage(asking, 'organisations');
    await asking.context().close();

    const signedInBefore = await pageOf(lead);
    await signedInBefore.reload();
    await signedInBefore.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });

  it('says so when an invitation link has already been used', async () => {
    const page = await openPage(browser);
    await page.goto(linkFor(observer));
    await page.getByRole('heading', { name: 'This invitation cannot be used' }).waitFor();
    await page.getByRole('alert').getByText('This invitation has already been used.').waitFor();
    await checkPage(page, 'invite-used');
    await page.context().close();
  });
});
