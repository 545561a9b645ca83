import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { lead } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { openAccountMenu, organisationWithLead, signIn, startAssessment } from './support/steps.js';

const INDICATOR = 'leadership.1.1';
const EVIDENCE =
  'Cabinet decision 14/2027 set up the oversight committee; its terms of reference are attached.';

/**
 * Text a person types is kept in their browser until it is saved: through a reload, and through
 * a session that ended while they typed (here ended for real, by signing out everywhere from
 * another browser). They sign in again, come back to the page, and the text is there to save.
 */
describe.skipIf(!chromiumAvailable())('unsaved text survives an ended session', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let workspaceUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: 'Ghana Child Online Protection Committee',
      country: 'Ghana',
    });
    page = started.leadPage;
    await started.adminPage.context().close();
    await page.goto(started.organisationUrl);
    const assessmentUrl = await startAssessment(page, {
      title: 'Self-assessment 2027',
      start: '2027-01-01',
      end: '2027-12-31',
    });
    workspaceUrl = `${assessmentUrl}/sub-domains/leadership`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const rating = () => page.getByRole('form', { name: `Rating of ${INDICATOR}` });

  it('keeps typed evidence through a reload', async () => {
    await page.goto(workspaceUrl);
    await rating().getByRole('radio', { name: 'Partly met' }).check();
    await rating().getByLabel('Evidence').fill(EVIDENCE);
    const post = page.getByRole('form', { name: 'New message' });
    await post.getByLabel('Your message').fill('Who has the committee minutes?');

    await page.reload();
    await rating()
      .getByText(/^Your unsaved changes from .* are back/)
      .waitFor();
    expect(await rating().getByLabel('Evidence').inputValue()).toBe(EVIDENCE);
    expect(await rating().getByRole('radio', { name: 'Partly met' }).isChecked()).toBe(true);
    expect(await post.getByLabel('Your message').inputValue()).toBe(
      'Who has the committee minutes?',
    );
    await checkPage(page, 'draft-restored');
  });

  it('keeps it when the session ends, and saves it after signing in again', async () => {
    const elsewhere = await openPage(browser);
    await elsewhere.goto(`${server.baseUrl}/sign-in`);
    await signIn(elsewhere, lead);
    await elsewhere.waitForURL(/\/organisations$/);
    await openAccountMenu(elsewhere, lead);
    await elsewhere.getByRole('button', { name: 'Sign out everywhere' }).click();
    await elsewhere.getByText('You are signed out on every computer').waitFor();
    await elsewhere.context().close();

    await rating().getByRole('button', { name: 'Save the rating' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('Your session ended; sign in again — your text is kept').waitFor();
    await checkPage(page, 'session-ended');

    await signIn(page, lead);
    await page.waitForURL(workspaceUrl);
    expect(await rating().getByLabel('Evidence').inputValue()).toBe(EVIDENCE);
    await rating().getByRole('button', { name: 'Save the rating' }).click();
    await rating()
      .getByText(/^Saved on/)
      .waitFor();
    const drafts = () =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':evidence:')));
    expect(await drafts()).toEqual([]);

    await page.reload();
    expect(await rating().getByLabel('Evidence').inputValue()).toBe(EVIDENCE);
    expect(
      await rating()
        .getByText(/unsaved changes/)
        .count(),
    ).toBe(0);
    await page
      .getByRole('region', { name: 'History of changes' })
      .getByText(`rated ${INDICATOR}: Partly met, and changed its evidence`)
      .waitFor();
  });
});
