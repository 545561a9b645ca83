import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  frameworkViewSchema,
  localize,
  type FrameworkView,
} from '../src/domain/framework/index.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage } from './support/pages.js';
import { startTestServer, type TestServer } from './support/server.js';
import { organisationWithLead, startAssessment } from './support/steps.js';

/**
 * A lead turns the agreed stage of a sub-domain into an action plan: accepts a suggestion with
 * edits, dismisses another, adds an action of their own, follows one up, filters the plan and
 * reads its timeline.
 */
describe.skipIf(!chromiumAvailable())('building an action plan', () => {
  let server: TestServer;
  let browser: Browser;
  let framework: FrameworkView;
  let page: Page;
  let assessmentUrl = '';

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const response = await fetch(`${server.baseUrl}/api/frameworks/mnr`);
    framework = frameworkViewSchema.parse(await response.json());
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: 'Ghana Child Online Protection Committee',
      country: 'Ghana',
    });
    await started.adminPage.context().close();
    page = started.leadPage;
    await page.goto(started.organisationUrl);
    assessmentUrl = await startAssessment(page, {
      title: 'Self-assessment 2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const indicatorText = (key: string) => {
    for (const capability of framework.capabilities) {
      for (const subDomain of capability.subDomains) {
        for (const stage of subDomain.stages) {
          const indicator = stage.indicators.find((candidate) => candidate.key === key);
          if (indicator) return localize(indicator.text, 'en');
        }
      }
    }
    throw new Error(`no indicator ${key}`);
  };
  const suggestion = (key: string) =>
    page
      .getByRole('region', { name: 'Suggested actions' })
      .getByRole('listitem')
      .filter({ hasText: indicatorText(key) });
  const item = (title: string) => page.getByRole('article', { name: title });

  it('suggests actions once a stage is agreed, and builds the plan from them', async () => {
    await page.goto(`${assessmentUrl}/sub-domains/leadership`);
    const agreed = page.getByRole('form', { name: /^Agreed stage of/ });
    await agreed.getByRole('radio', { name: /^Stage 1/ }).check();
    await agreed.getByLabel('Rationale').fill('A lead ministry exists; the rest is under way.');
    await agreed.getByRole('button', { name: 'Save the agreed stage' }).click();
    await agreed.getByText(/^Saved on/).waitFor();

    await page.goto(assessmentUrl);
    await page.getByRole('link', { name: 'Open the action plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
    await page.getByText('8 suggestions, 8 still open.').waitFor();
    await checkPage(page, 'action-plan-suggestions');

    // Accept with edits: the form starts from the indicator's text, sub-domain and stage.
    await suggestion('leadership.1.1').getByRole('button', { name: 'Accept' }).click();
    const form = page.getByRole('form', { name: 'New action' });
    await expect
      .poll(() => form.getByLabel('Action', { exact: true }).inputValue())
      .toBe(indicatorText('leadership.1.1'));
    expect(await form.getByLabel('Target stage').inputValue()).toBe('1');
    expect(await form.getByRole('checkbox', { name: /^leadership\.1\.1/ }).isChecked()).toBe(true);
    await form.getByLabel('Action', { exact: true }).fill('Designate the lead ministry by decree');
    await form.getByLabel('Owner (body)').fill('Ministry of Justice');
    await form.getByLabel('Start date').fill('2026-03-01');
    await form.getByLabel('Target date').fill('2026-02-01');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await form
      .getByText('Enter a date as YYYY-MM-DD; the target date is on or after the start date')
      .first()
      .waitFor();
    await form.getByLabel('Target date').fill('2026-09-30');
    await checkPage(page, 'action-plan-form');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    await item('Designate the lead ministry by decree').waitFor();
    await suggestion('leadership.1.1').getByText('In the plan').waitFor();

    await suggestion('leadership.1.2').getByRole('button', { name: 'Dismiss' }).click();
    await suggestion('leadership.1.2').getByText('Dismissed').waitFor();
    await suggestion('leadership.1.2').getByRole('button', { name: 'Offer again' }).waitFor();
    await page.getByText('8 suggestions, 6 still open.').waitFor();

    await page.getByRole('button', { name: 'Add an action' }).click();
    const own = page.getByRole('form', { name: 'New action' });
    await own
      .getByLabel('Action', { exact: true })
      .fill('Publish a summary of the self-assessment');
    await own.getByLabel('Owner (body)').fill('National Statistics Office');
    await own.getByLabel('Priority').selectOption({ label: 'High priority' });
    await own.getByLabel('Start date').fill('2026-10-01');
    await own.getByLabel('Target date').fill('2027-01-31');
    await own.getByRole('button', { name: 'Add to the plan' }).click();
    await item('Publish a summary of the self-assessment').waitFor();

    // Past the suggestions in one step.
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Plan items (2)' })
      .click();
    expect(new URL(page.url()).hash).toBe('#plan-items-heading');
  });

  it('follows an action up, filters by status, and shows the timeline', async () => {
    const first = item('Designate the lead ministry by decree');
    await first.getByRole('button', { name: 'Change' }).click();
    const edit = page.getByRole('form', {
      name: 'Change the action Designate the lead ministry by decree',
    });
    await edit.getByLabel('Status').selectOption({ label: 'In progress' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await first.getByText('In progress').waitFor();

    const filters = page.getByRole('group', { name: 'Show actions by' });
    await filters.getByLabel('Status').selectOption({ label: 'In progress' });
    await page.getByText('Showing 1 of 2 actions.').waitFor();
    expect(await item('Publish a summary of the self-assessment').count()).toBe(0);
    await filters.getByLabel('Owner (body)').selectOption('National Statistics Office');
    await page.getByText('Showing 0 of 2 actions.').waitFor();
    await filters.getByLabel('Status').selectOption({ label: 'All' });
    await filters.getByLabel('Owner (body)').selectOption({ label: 'All' });
    await page.getByText('Showing 2 of 2 actions.').waitFor();

    const timeline = page.getByRole('region', { name: 'Timeline' });
    const rows = timeline.getByRole('listitem');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(
        /Designate the lead ministry by decree\s+1 March 2026 – 30 September 2026 · In progress/,
      ),
      expect.stringMatching(
        /Publish a summary of the self-assessment\s+1 October 2026 – 31 January 2027 · Not started/,
      ),
    ]);
    await checkPage(page, 'action-plan');
  });
});
