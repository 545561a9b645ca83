import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage } from './support/pages.js';
import { facilitator } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { invite, joinWithInvite, organisationWithLead, startAssessment } from './support/steps.js';

const ORGANISATION = 'Philippines Inter-Agency Council against Child Online Abuse';
const SUB_DOMAIN = 'legislation';
const FORM = 'Agreed stage of Legislation';

/**
 * Two people record the rationale of the same agreed stage at once. Nothing either typed is lost:
 * the second save meets the first and shows both texts, either of which can be taken up again,
 * and a combination of the two is saved against the newer version.
 */
describe.skipIf(!chromiumAvailable())('two people editing the same rationale', () => {
  let server: TestServer;
  let browser: Browser;
  let leadPage: Page;
  let facilitatorPage: Page;
  let workspaceUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: ORGANISATION,
      country: 'Philippines',
    });
    leadPage = started.leadPage;
    await started.adminPage.context().close();
    await leadPage.goto(started.organisationUrl);
    const link = await invite(leadPage, facilitator.email, 'Facilitator');
    facilitatorPage = await joinWithInvite(browser, link, facilitator, ORGANISATION);
    await leadPage.goto(started.organisationUrl);
    const assessmentUrl = await startAssessment(leadPage, {
      title: 'Self-assessment 2027',
      start: '2027-01-01',
      end: '2027-06-30',
    });
    workspaceUrl = `${assessmentUrl}/sub-domains/${SUB_DOMAIN}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWorkspace(page: Page) {
    await page.goto(workspaceUrl);
    await page.getByRole('form', { name: FORM }).waitFor();
    return page.getByRole('form', { name: FORM });
  }

  it('shows both texts when the second save meets the first, and saves the merged text', async () => {
    // The lead's browser hears nothing live, as on a dropped connection: only the save can tell.
    await leadPage.route('**/events', (route) => route.abort());
    const leadForm = await openWorkspace(leadPage);
    const facilitatorForm = await openWorkspace(facilitatorPage);

    const theirs = 'Parliament passed the online safety act; regulations are pending.';
    const mine = 'The act criminalises grooming, but live-streamed abuse is not covered.';
    for (const [form, text] of [
      [facilitatorForm, theirs],
      [leadForm, mine],
    ] as const) {
      await form.getByRole('radio', { name: /^Stage 2/ }).check();
      await form.getByLabel('Rationale').fill(text);
    }
    await facilitatorForm.getByRole('button', { name: 'Save the agreed stage' }).click();
    await facilitatorForm.getByText(/^Saved on/).waitFor();

    await leadForm.getByRole('button', { name: 'Save the agreed stage' }).click();
    const merge = leadPage.getByRole('group', { name: 'Someone else saved this first' });
    await merge.waitFor();
    const their = merge.getByRole('region', { name: 'Their version (saved)' });
    const your = merge.getByRole('region', { name: 'Your version (not saved)' });
    await their.getByText(theirs).waitFor();
    await their.getByText(`Saved by ${facilitator.name} on`).waitFor();
    await your.getByText(mine).waitFor();
    const editor = leadForm.getByLabel('Rationale');
    expect(await editor.inputValue()).toBe(mine);
    await checkPage(leadPage, 'merge-view');

    // Either text can be taken up again; the other stays on screen.
    await their.getByRole('button', { name: 'Copy their text into the editor' }).click();
    expect(await editor.inputValue()).toBe(theirs);
    await your.getByText(mine).waitFor();
    await your.getByRole('button', { name: 'Copy your text into the editor' }).click();
    expect(await editor.inputValue()).toBe(mine);

    const merged = `${theirs} ${mine}`;
    await editor.fill(merged);
    await leadForm.getByRole('button', { name: 'Save the agreed stage' }).click();
    await leadForm.getByText(/^Saved on/).waitFor();
    await merge.waitFor({ state: 'detached' });

    await facilitatorPage
      .getByRole('region', { name: 'Agreed stage' })
      .getByText(merged, { exact: false })
      .first()
      .waitFor();
    await leadPage.unroute('**/events');
    const reopened = await openWorkspace(leadPage);
    expect(await reopened.getByLabel('Rationale').inputValue()).toBe(merged);
  });

  it('shows a change that arrives while someone is typing beside their text', async () => {
    const facilitatorForm = await openWorkspace(facilitatorPage);
    const leadForm = await openWorkspace(leadPage);
    const typing = 'Also: the cybercrime unit still lacks a mandate to investigate.';
    await facilitatorForm.getByLabel('Rationale').fill(typing);

    const saved = 'Agreed at the second workshop: stage 2 until the regulations pass.';
    await leadForm.getByLabel('Rationale').fill(saved);
    await leadForm.getByRole('button', { name: 'Save the agreed stage' }).click();
    await leadForm.getByText(/^Saved on/).waitFor();

    const merge = facilitatorPage.getByRole('group', {
      name: 'Someone else changed this while you were editing',
    });
    await merge.getByRole('region', { name: 'Their version (saved)' }).getByText(saved).waitFor();
    await merge
      .getByRole('region', { name: 'Your version (not saved)' })
      .getByText(typing)
      .waitFor();
    const editor = facilitatorForm.getByLabel('Rationale');
    expect(await editor.inputValue()).toBe(typing);
    await checkPage(facilitatorPage, 'merge-view-live');

    await merge.getByRole('button', { name: 'Use their version' }).click();
    await merge.waitFor({ state: 'detached' });
    expect(await editor.inputValue()).toBe(saved);
  });
});
