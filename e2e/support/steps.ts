import type { Browser, Page } from 'playwright-core';
import { openPage } from './pages.js';
import { admin, lead } from './people.js';
import type { TestServer } from './server.js';
import { runCli } from '../../src/cli/program.js';

/** Someone taking part, with the password they choose. */
export type Person = { name: string; email: string; password: string };

export async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fills the new-account fields of an invitation and joins. */
export async function acceptWithNewAccount(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Your full name').fill(person.name);
  await page.getByLabel('Choose a password').fill(person.password);
  await page.getByRole('button', { name: 'Create my account and join' }).click();
}

/**
 * Invites someone from an organisation's page and returns the link the page shows once, read
 * from its field as a person would copy it.
 */
export async function invite(
  page: Page,
  email: string,
  role: 'Lead' | 'Facilitator' | 'Contributor' | 'Observer',
  capabilities: string[] = [],
): Promise<string> {
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Their email address').fill(email);
  await form.getByRole('radio', { name: role }).check();
  for (const capability of capabilities) {
    await form.getByRole('checkbox', { name: capability }).check();
  }
  await form.getByRole('button', { name: 'Create the invitation' }).click();
  await page.getByRole('heading', { name: `Invitation created for ${email}` }).waitFor();
  return page.getByLabel('Invitation link').inputValue();
}

export async function openAccountMenu(page: Page, person: Person): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${person.name}` }).click();
}

/** The first-run form, from the setup link. */
export async function setUp(page: Page, setupLink: string, person: Person): Promise<void> {
  await page.goto(setupLink);
  await page.getByLabel('Your full name').fill(person.name);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Choose a password').fill(person.password);
  await page.getByRole('button', { name: 'Create the administrator account' }).click();
  await page.waitForURL(/\/organisations$/);
}

/** An administrator adds a national organisation; the page then shows it. */
export async function createOrganisation(
  page: Page,
  organisation: { name: string; country: string; system: 'Centralised' | 'Federal' },
): Promise<void> {
  await page.getByRole('link', { name: 'Create organisation' }).click();
  await page.getByLabel('Name of the organisation').fill(organisation.name);
  const country = page.getByLabel('Country');
  await country.locator('option', { hasText: organisation.country }).waitFor({ state: 'attached' });
  await country.selectOption({ label: organisation.country });
  await page.getByRole('radio', { name: organisation.system }).check();
  await page.getByRole('button', { name: 'Create the organisation' }).click();
  await page.getByRole('heading', { level: 1, name: organisation.name }).waitFor();
}

/** Opens an invitation in its own browser, as the invited person would, and joins with a new account. */
export async function joinWithInvite(
  browser: Browser,
  link: string,
  person: Person,
  organisation: string,
): Promise<Page> {
  const page = await openPage(browser);
  await page.goto(link);
  await acceptWithNewAccount(page, person);
  await page.getByText(`You have joined ${organisation}.`).waitFor();
  return page;
}

/** The first run: the administrator's account, a country's organisation and its lead, who joins. */
export async function organisationWithLead(
  browser: Browser,
  setupLink: string,
  organisation: { name: string; country: string },
): Promise<{ adminPage: Page; leadPage: Page; organisationUrl: string }> {
  const adminPage = await openPage(browser);
  await setUp(adminPage, setupLink, admin);
  await createOrganisation(adminPage, { ...organisation, system: 'Centralised' });
  const organisationUrl = adminPage.url();
  const leadPage = await joinWithInvite(
    browser,
    await invite(adminPage, lead.email, 'Lead'),
    lead,
    organisation.name,
  );
  return { adminPage, leadPage, organisationUrl };
}

/** A lead starts an assessment from the organisation's page; the page then shows it. */
export async function startAssessment(
  page: Page,
  assessment: { title: string; start: string; end: string },
): Promise<string> {
  const section = page.getByRole('region', { name: 'Assessments' });
  await section.getByRole('button', { name: 'Start an assessment' }).click();
  const form = page.getByRole('form', { name: 'Start an assessment' });
  await form.getByLabel('Title').fill(assessment.title);
  await form.getByLabel('Period starts').fill(assessment.start);
  await form.getByLabel('Period ends').fill(assessment.end);
  await form.getByRole('button', { name: 'Start an assessment' }).click();
  await page.getByRole('heading', { level: 1, name: assessment.title }).waitFor();
  return page.url();
}

/** A secretariat account made as an administrator would on the server: `mnr user create --secretariat`. */
export async function createSecretariatAccount(server: TestServer, person: Person): Promise<void> {
  const err: string[] = [];
  const code = await runCli(
    [
      'user',
      'create',
      '--email',
      person.email,
      '--name',
      person.name,
      '--secretariat',
      '--password-stdin',
    ],
    {
      out: () => undefined,
      err: (text) => void err.push(text),
      env: { DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' },
      readStdin: async () => person.password,
      askHidden: undefined,
    },
  );
  if (code !== 0) throw new Error(`mnr user create failed: ${err.join('\n')}`);
}
