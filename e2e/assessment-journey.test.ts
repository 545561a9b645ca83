import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  frameworkViewSchema,
  localize,
  type FrameworkView,
  type SubDomainView,
} from '../src/domain/framework/index.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage } from './support/pages.js';
import { contributor, facilitator, lead, observer, secondContributor } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  invite,
  joinWithInvite,
  organisationWithLead,
  startAssessment,
  type Person,
} from './support/steps.js';

const ORGANISATION = 'Kenya National Child Online Protection Taskforce';
const TITLE = 'National self-assessment 2026';
const HOTLINE = 'csea-hotline';

/** A small but real PDF, made here, as a person would attach a scanned decision. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * One whole cycle, each person in their own browser: the lead starts an assessment and invites
 * two contributors and a facilitator; the contributors rate, add evidence and propose, seeing
 * each other's changes live; the facilitator agrees every sub-domain and capability; the lead
 * finalises, after which nothing can be changed.
 */
describe.skipIf(!chromiumAvailable())('an assessment from start to sign-off', () => {
  let server: TestServer;
  let browser: Browser;
  let framework: FrameworkView;
  let organisationUrl = '';
  let assessmentUrl = '';
  const pages = new Map<Person, Page>();

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const response = await fetch(`${server.baseUrl}/api/frameworks/mnr`);
    framework = frameworkViewSchema.parse(await response.json());
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: ORGANISATION,
      country: 'Kenya',
    });
    organisationUrl = started.organisationUrl;
    pages.set(lead, started.leadPage);
    await started.adminPage.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function pageOf(person: Person): Page {
    const page = pages.get(person);
    if (!page) throw new Error(`${person.name} has no browser yet`);
    return page;
  }

  const subDomains = (): SubDomainView[] =>
    framework.capabilities.flatMap((capability) => capability.subDomains);
  const title = (key: string) =>
    localize(subDomains().find((subDomain) => subDomain.key === key)?.title ?? { en: key }, 'en');
  const workspaceUrl = (key: string) => `${assessmentUrl}/sub-domains/${key}`;

  async function openWorkspace(page: Page, key: string): Promise<void> {
    await page.goto(workspaceUrl(key));
    await page.getByRole('heading', { level: 1, name: title(key) }).waitFor();
  }

  const ratingForm = (page: Page, indicator: string) =>
    page.getByRole('form', { name: `Rating of ${indicator}` });

  async function overallPercent(page: Page): Promise<number> {
    const bar = page.getByRole('progressbar', { name: /sub-domains and capabilities agreed/ });
    return Number(await bar.getAttribute('value'));
  }

  it('lets the lead start an assessment from the organisation page', async () => {
    const page = pageOf(lead);
    await page.goto(organisationUrl);
    const section = page.getByRole('region', { name: 'Assessments' });
    await section.getByText('No assessment has started yet.').waitFor();

    await section.getByRole('button', { name: 'Start an assessment' }).click();
    const form = page.getByRole('form', { name: 'Start an assessment' });
    await form.getByRole('button', { name: 'Start an assessment' }).click();
    await form.getByRole('alert').getByText('Enter a title').waitFor();
    await form.getByLabel('Period starts').fill('2026-12-31');
    await form.getByLabel('Period ends').fill('2026-01-01');
    await form.getByRole('button', { name: 'Start an assessment' }).click();
    await form.getByRole('link', { name: /Enter the date the period ends/ }).waitFor();
    await checkPage(page, 'assessment-start');
    await page.getByRole('button', { name: 'Cancel' }).click();

    assessmentUrl = await startAssessment(page, {
      title: TITLE,
      start: '2026-01-01',
      end: '2026-12-31',
    });
    // A calendar date is the same day wherever the reader is: no time zone shifts it.
    await page.getByText('1 January 2026 to 31 December 2026').waitFor();
    await page.getByRole('link', { name: ORGANISATION }).waitFor();
    const guide = page.getByRole('region', { name: 'Completion guide' });
    expect(await guide.getByRole('listitem').count()).toBe(6);
    // Details recorded and everyone invited so far joined: assessing is what comes next.
    await guide.locator('[aria-current="step"]').getByText('Assess').waitFor();
    await guide.locator('[aria-current="step"]').getByText('current step').waitFor();
    expect(await overallPercent(page)).toBe(0);
    await checkPage(page, 'assessment-overview-new');
  });

  it('invites two contributors, a facilitator and an observer, who join in their own browsers', async () => {
    const page = pageOf(lead);
    await page.goto(organisationUrl);
    const joining: [Person, string][] = [
      [contributor, await invite(page, contributor.email, 'Contributor', ['Societal'])],
      [secondContributor, await invite(page, secondContributor.email, 'Contributor')],
      [facilitator, await invite(page, facilitator.email, 'Facilitator')],
      [observer, await invite(page, observer.email, 'Observer')],
    ];
    for (const [person, link] of joining) {
      pages.set(person, await joinWithInvite(browser, link, person, ORGANISATION));
    }
    const assessments = page.getByRole('region', { name: 'Assessments' });
    await assessments.getByRole('link', { name: TITLE }).waitFor();
    await checkPage(page, 'organisation-with-assessment');

    await page.goto(assessmentUrl);
    const participants = page.getByRole('region', { name: 'Participants' });
    for (const person of [lead, contributor, secondContributor, facilitator, observer]) {
      await participants.getByText(person.name).waitFor();
    }
    await participants.getByText('Only: Societal').waitFor();
  });

  it('lets contributors rate, add evidence and propose, and see each other’s changes live', async () => {
    const cato = pageOf(contributor);
    const nadia = pageOf(secondContributor);
    await cato.goto(organisationUrl);
    await cato
      .getByRole('region', { name: 'Assessments' })
      .getByRole('link', { name: TITLE })
      .click();
    await cato.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await cato.getByRole('link', { name: new RegExp(title(HOTLINE)) }).click();
    await cato.getByRole('heading', { level: 1, name: title(HOTLINE) }).waitFor();
    await openWorkspace(nadia, HOTLINE);

    const first = `${HOTLINE}.1.1`;
    const catoRating = ratingForm(cato, first);
    await catoRating.getByRole('radio', { name: 'Met', exact: true }).check();
    await catoRating
      .getByLabel('Evidence')
      .fill('The hotline web form and phone line are listed on the police website.');
    await catoRating.getByRole('button', { name: 'Save the rating' }).click();
    await catoRating.getByText(/^Saved on/).waitFor();

    // Nadia did not reload: the change arrives as it happens.
    const nadiaRating = ratingForm(nadia, first);
    await expect
      .poll(() => nadiaRating.getByRole('radio', { name: 'Met', exact: true }).isChecked())
      .toBe(true);
    expect(await nadiaRating.getByLabel('Evidence').inputValue()).toContain('police website');

    await cato.getByRole('button', { name: `Add a link for ${first}` }).click();
    const links = cato.getByRole('form', { name: `Add a link for ${first}` });
    await links.getByLabel('Web address').fill('https://police.example/report-abuse');
    await links.getByLabel('Label (optional)').fill('Police reporting page');
    await links.getByRole('button', { name: 'Add the link' }).click();
    await cato.getByRole('link', { name: 'Police reporting page' }).waitFor();

    const upload = cato.getByLabel(`Add a file for ${first}`);
    await upload.setInputFiles({
      name: 'program.exe',
      mimeType: 'application/x-msdownload',
      buffer: PDF,
    });
    await cato.getByRole('alert').getByText('program.exe cannot be added').waitFor();
    await upload.setInputFiles({
      name: 'hotline-procedure.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await cato.getByText('hotline-procedure.pdf is added.').waitFor();
    const download = cato.getByRole('link', { name: 'hotline-procedure.pdf' });
    const response = await cato.request.get(
      new URL(String(await download.getAttribute('href')), server.baseUrl).href,
    );
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await nadia.getByRole('link', { name: 'hotline-procedure.pdf' }).waitFor();

    for (const key of [`${HOTLINE}.1.2`, `${HOTLINE}.1.3`]) {
      await ratingForm(cato, key).getByRole('radio', { name: 'Met', exact: true }).check();
      await ratingForm(cato, key).getByRole('button', { name: 'Save the rating' }).click();
      await ratingForm(cato, key)
        .getByText(/^Saved on/)
        .waitFor();
    }

    const proposal = cato.getByRole('form', { name: 'Your proposal' });
    await proposal.getByRole('radio', { name: /^Stage 1/ }).check();
    await proposal.getByLabel('Comment').fill('Reporting works; analysts are not trained yet.');
    await proposal.getByRole('button', { name: 'Save my proposal' }).click();
    await proposal.getByText(/^Saved on/).waitFor();
    const nadiaProposals = nadia.getByRole('region', { name: 'Proposed stages' });
    await nadiaProposals.getByText(contributor.name).waitFor();

    const nadiaProposal = nadia.getByRole('form', { name: 'Your proposal' });
    await nadiaProposal.getByRole('radio', { name: /^Stage 2/ }).check();
    await nadiaProposal.getByRole('button', { name: 'Save my proposal' }).click();
    await nadiaProposal.getByText(/^Saved on/).waitFor();

    const message = 'Can we ask the regulator for the takedown figures?';
    const post = nadia.getByRole('form', { name: 'New message' });
    await post.getByLabel('Your message').fill(message);
    await post.getByRole('button', { name: 'Post the message' }).click();
    await cato.getByRole('region', { name: 'Discussion' }).getByText(message).waitFor();

    const agreed = cato.getByRole('region', { name: 'Agreed stage' });
    await agreed.getByText('3 of 3 met').waitFor();
    const history = cato.getByRole('region', { name: 'History of changes' });
    await history.getByText(`added the file hotline-procedure.pdf to ${first}`).waitFor();
    await checkPage(cato, 'workspace-contributor');

    await nadia.goto(assessmentUrl);
    const enabler = 'Cross-sector collaboration';
    await nadia.getByRole('button', { name: `Add a note on ${enabler}` }).click();
    const note = nadia.getByRole('form', { name: `Note on ${enabler}` });
    await note.getByLabel('What the group found').fill('A national committee meets quarterly.');
    await note.getByRole('button', { name: 'Save the note' }).click();
    await note.getByText(/^Saved on/).waitFor();

    const olu = pageOf(observer);
    await openWorkspace(olu, HOTLINE);
    await olu.getByText('Your role lets you read this sub-domain but not change it.').waitFor();
    await olu.getByRole('link', { name: 'hotline-procedure.pdf' }).waitFor();
    expect(await olu.getByRole('form').count()).toBe(0);
    expect(await olu.getByRole('button', { name: /Remove|Add a link/ }).count()).toBe(0);
    await checkPage(olu, 'workspace-observer');

    // Cato contributes to the societal capability only: leadership is read-only for him.
    await openWorkspace(cato, 'leadership');
    await cato.getByText('You contribute to other capabilities').waitFor();
    expect(await cato.getByRole('radio').count()).toBe(0);
    expect(await cato.getByRole('textbox').count()).toBe(0);
    await checkPage(cato, 'workspace-out-of-scope');
  });

  it('lets the facilitator agree all 21 sub-domains and 6 capabilities; 100% only at the end', async () => {
    const page = pageOf(facilitator);
    const all = subDomains();
    expect(all).toHaveLength(21);
    for (const [index, subDomain] of all.entries()) {
      await openWorkspace(page, subDomain.key);
      const form = page.getByRole('form', { name: `Agreed stage of ${title(subDomain.key)}` });
      if (subDomain.key === HOTLINE) {
        // Stage 1 is what the indicators suggest: no rationale needed.
        await form.getByRole('radio', { name: /^Stage 1/ }).check();
        await checkPage(page, 'workspace-facilitator');
      } else if (subDomain.key === 'offender-support-systems') {
        await form.getByRole('radio', { name: 'Not applicable' }).check();
        await form
          .getByLabel('Why it does not apply')
          .fill('Support for people at risk of offending is run by another jurisdiction.');
      } else {
        const stage = (index % 3) + 1;
        await form.getByRole('radio', { name: new RegExp(`^Stage ${stage}`) }).check();
        if (index === 0) {
          // A stage other than the suggestion needs a rationale, and its warnings show.
          await form.getByText('not every stage 1 indicator is met').first().waitFor();
          await form.getByRole('button', { name: 'Save the agreed stage' }).click();
          await form
            .getByRole('link', {
              name: 'Explain why the agreed stage differs from the suggested stage',
            })
            .waitFor();
        }
        await form
          .getByLabel('Rationale')
          .fill(`Stage ${stage}: the ministry's annual report shows the work under way.`);
      }
      await form.getByRole('button', { name: 'Save the agreed stage' }).click();
      await form.getByText(/^Saved on/).waitFor();
      if (index === 0) {
        await page
          .getByRole('region', { name: 'Agreed stage' })
          .getByText(/^Differs from the suggestion/)
          .waitFor();
      }
    }

    await page.goto(assessmentUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // 21 of 27 is 77.8%: rounded to the nearest, as everywhere.
    expect(await overallPercent(page)).toBe(78);
    const capabilities = page.getByRole('region', { name: 'Capabilities' });
    for (const [index, capability] of framework.capabilities.entries()) {
      const card = capabilities
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: localize(capability.title, 'en') }) });
      await card.getByRole('button', { name: 'Record the agreed stage' }).click();
      const form = page.getByRole('form', {
        name: `Agreed stage of ${localize(capability.title, 'en')}`,
      });
      if (index === 0) {
        await form.getByRole('radio', { name: /^Stage 4/ }).check();
        await form.getByLabel('Rationale').fill('The national plan is funded for five years.');
        await checkPage(page, 'capability-agree');
      } else {
        // The suggestion is the lowest agreed stage of its sub-domains.
        const hint = await form
          .getByRole('group', { name: 'Stage the group agreed' })
          .textContent();
        const suggested = /Stage (\d)/.exec(hint ?? '')?.[1];
        expect(suggested).toBeDefined();
        await form.getByRole('radio', { name: new RegExp(`^Stage ${suggested}`) }).check();
      }
      await form.getByRole('button', { name: 'Save the agreed stage' }).click();
      await form.getByText(/^Saved on/).waitFor();
      await card.getByRole('button', { name: 'Close' }).click();
      await card.getByRole('button', { name: 'Record the agreed stage' }).waitFor();
      const percent = await overallPercent(page);
      if (index < framework.capabilities.length - 1) expect(percent).toBeLessThan(100);
      else await expect.poll(() => overallPercent(page)).toBe(100);
    }
    await page
      .getByText('27 of 27 sub-domains and capabilities agreed or not applicable')
      .waitFor();
    await checkPage(page, 'assessment-overview-agreed');
  });

  it('lets the lead finalise, after which nothing can be changed', async () => {
    const page = pageOf(lead);
    const cato = pageOf(contributor);
    await openWorkspace(cato, HOTLINE);
    expect(await ratingForm(cato, `${HOTLINE}.2.1`).count()).toBe(1);

    await page.goto(assessmentUrl);
    await page.getByRole('button', { name: 'Finalise the assessment' }).click();
    await page.getByText('It becomes read-only for everyone').waitFor();
    await checkPage(page, 'assessment-finalise');
    await page.getByRole('button', { name: 'Yes, finalise it' }).click();
    await page.getByText(/This assessment is read-only/).waitFor();
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Record|Finalise|note/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    await checkPage(page, 'assessment-finalised');

    // Cato's open page hears of it and drops its edit controls without a reload.
    await cato.getByText('This assessment is finalised: it is read-only.').waitFor();
    expect(await cato.getByRole('form').count()).toBe(0);
    expect(await cato.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    await checkPage(cato, 'workspace-finalised');

    const refusal = await cato.evaluate(async (url) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api${url}/indicators/csea-hotline.2.1`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ version: null, status: 'met', evidenceText: '' }),
      });
      return { status: response.status, body: (await response.json()) as { detail: string } };
    }, new URL(assessmentUrl).pathname);
    expect(refusal.status).toBe(409);
    expect(refusal.body.detail).toMatch(/finalised/);

    await page.goto(organisationUrl);
    const item = page
      .getByRole('region', { name: 'Assessments' })
      .getByRole('listitem')
      .filter({ hasText: TITLE });
    await item.getByText('Finalised').first().waitFor();
    await item.getByRole('button', { name: 'Start the next cycle from this one' }).click();
    await page.getByRole('heading', { name: `Start the next cycle from “${TITLE}”` }).waitFor();
    await checkPage(page, 'assessment-next-cycle');
    const next = page.getByRole('form', { name: 'Start the next cycle' });
    await next.getByLabel('Title').fill('National self-assessment 2028');
    await next.getByLabel('Period starts').fill('2028-01-01');
    await next.getByLabel('Period ends').fill('2028-12-31');
    await next.getByRole('button', { name: 'Start the next cycle' }).click();
    await page.getByRole('heading', { level: 1, name: 'National self-assessment 2028' }).waitFor();
    await page.getByRole('link', { name: 'The previous cycle' }).waitFor();
    // The new cycle starts from the agreed stages of the last, for the group to review.
    expect(await overallPercent(page)).toBe(100);
    expect(await page.getByRole('button', { name: 'Record the agreed stage' }).count()).toBe(6);
  });
});
