import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import { openDatabase } from '../src/server/db/database.js';
import { newRecordFields } from '../src/server/shared/records.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { lead } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import {
  createSecretariatAccount,
  organisationWithLead,
  signIn,
  startAssessment,
  type Person,
} from './support/steps.js';

const secretariat: Person = {
  name: 'Sami Secretariat',
  email: 'sami@alliance.example',
  password: 'orchid ferry granite 39',
};

/** Calls the API as the person signed in on `page`, with their CSRF token. */
async function api(page: Page, method: 'POST' | 'PATCH', url: string, data: unknown) {
  const session = (await (
    await page.request.get(new URL('/api/session', page.url()).href)
  ).json()) as {
    csrfToken: string;
  };
  const response = await page.request.fetch(new URL(url, page.url()).href, {
    method,
    data,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!response.ok()) throw new Error(`${method} ${url}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The group agreed leadership at stage 2 and the lead signed off; written straight to the database. */
async function agreeAndFinalise(server: TestServer, assessmentId: string): Promise<void> {
  const database = openDatabase({ kind: 'sqlite', file: path.join(server.dataDir, 'mnr.sqlite') });
  try {
    const db = database.db;
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', lead.email)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('agreed_results')
      .values({
        ...newRecordFields(new Date()),
        assessment_id: assessmentId,
        scope: 'sub-domain',
        subject_key: 'leadership',
        result: JSON.stringify({ kind: 'stage', stage: 2, rationale: 'Agreed in the workshop.' }),
        updated_by: user.id,
      })
      .execute();
    await db
      .updateTable('assessments')
      .set({ state: 'finalised', finalised_at: new Date().toISOString(), finalised_by: user.id })
      .where('id', '=', assessmentId)
      .execute();
  } finally {
    await database.close();
  }
}

describe.skipIf(!chromiumAvailable())('sharing with the Alliance', () => {
  let server: TestServer;
  let browser: Browser;
  let leadPage: Page;
  let adminPage: Page;
  let assessmentUrl: string;
  let organisationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: 'Ministry of Interior and Coordination',
      country: 'Kenya',
    });
    ({ leadPage, adminPage } = started);
    await leadPage.goto(started.organisationUrl);
    organisationId = started.organisationUrl.split('/').pop() ?? '';
    assessmentUrl = await startAssessment(leadPage, {
      title: 'National self-assessment 2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
    await agreeAndFinalise(server, assessmentUrl.split('/').pop() ?? '');
    await createSecretariatAccount(server, secretariat);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the lead share a finalised assessment with consent, and send it', async () => {
    await leadPage.goto(assessmentUrl);
    await leadPage.getByRole('link', { name: 'Share with the Alliance' }).click();
    await leadPage.getByRole('heading', { level: 1, name: 'Share with the Alliance' }).waitFor();
    expect(
      await leadPage.getByRole('region', { name: 'What sharing means' }).innerText(),
    ).toContain('never used to rank or benchmark countries');
    const form = leadPage.getByRole('form', { name: 'Share with the Alliance' });
    await form.getByLabel('Cycle').waitFor();
    expect(await form.getByLabel('Cycle').inputValue()).toBe('2026');
    expect(await form.getByRole('radio', { name: 'Agreed stages only' }).isChecked()).toBe(true);
    await form.getByLabel(/^11\. /).selectOption({ label: 'Seeking support' });
    await form.getByLabel(/^1\. /).selectOption({ label: 'Can share experience' });
    await form.getByRole('checkbox', { name: /may propose introductions/ }).check();

    await form.getByRole('button', { name: 'Make the signed submission' }).click();
    await leadPage
      .getByRole('alert')
      .filter({ hasText: 'Confirm the consent statement to share.' })
      .first()
      .waitFor();
    await checkPage(leadPage, 'sharing-consent-missing');

    await form.getByRole('checkbox', { name: 'I confirm this statement' }).check();
    await form.getByRole('button', { name: 'Make the signed submission' }).click();
    const submissions = leadPage.getByRole('region', { name: 'Submissions of this assessment' });
    await submissions.getByRole('heading', { name: 'Cycle 2026' }).waitFor();
    await submissions.getByText('Not sent yet').waitFor();

    await submissions
      .getByRole('button', { name: /^Send the submission of .* to this instance’s secretariat$/ })
      .click();
    await submissions.getByText(/^Sent on .* to the secretariat team of this instance$/).waitFor();
    expect(
      await submissions
        .getByRole('link', { name: /^Download the submission of / })
        .getAttribute('href'),
    ).toMatch(/\/api\/assessments\/.+\/submissions\/.+\/file$/);
    await checkPage(leadPage, 'sharing-sent');
  });

  it('shows the instance’s signing key to administrators', async () => {
    await adminPage.getByRole('link', { name: 'Users' }).click();
    const key = adminPage.getByRole('region', { name: 'Signing key of this instance' });
    await key.getByText('Fingerprint (SHA-256)').waitFor();
    expect(await key.locator('code').first().innerText()).toMatch(
      /^([0-9a-f]{4} ){15}[0-9a-f]{4}$/,
    );
    await checkPage(adminPage, 'sharing-instance-key');
  });

  it('shows the secretariat team the submission in a list by country and in a viewer', async () => {
    const page = await openPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, secretariat);
    // The secretariat team's work starts at the submissions; they take part in no organisation.
    await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Organisations' }).count()).toBe(0);
    const table = page.getByRole('table', { name: 'Submissions held, by country name' });
    await table.getByRole('link', { name: 'Kenya, cycle 2026' }).waitFor();
    await checkPage(page, 'secretariat-submissions');

    await table.getByRole('link', { name: 'Kenya, cycle 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, cycle 2026' }).waitFor();
    const facts = await page.getByRole('region', { name: 'About this submission' }).innerText();
    expect(facts).toContain('Lena Lead');
    expect(facts).toContain('Yes: the secretariat may propose introductions');
    const victim = page.getByRole('table', { name: /^Sub-domains of Victim/ });
    expect(await victim.getByRole('row', { name: /^11\. / }).innerText()).toContain(
      'Seeking support',
    );
    const policy = page.getByRole('table', { name: /^Sub-domains of Policy/ });
    expect(await policy.getByRole('row', { name: /^1\. / }).innerText()).toMatch(
      /Stage 2.*Can share experience/s,
    );
    await checkPage(page, 'secretariat-submission');
    await page.close();
  });

  it('withdraws a submission the secretariat received as a file, and the withdrawal file is taken', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-share-'));
    try {
      const download = async (page: Page, link: ReturnType<Page['getByRole']>) => {
        const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
        const saved = path.join(folder, file.suggestedFilename());
        await file.saveAs(saved);
        return saved;
      };

      await leadPage.goto(`${assessmentUrl}/share`);
      const form = leadPage.getByRole('form', { name: 'Share with the Alliance' });
      await form.getByRole('checkbox', { name: 'I confirm this statement' }).check();
      await form.getByRole('button', { name: 'Make the signed submission' }).click();
      const submissions = leadPage.getByRole('region', { name: 'Submissions of this assessment' });
      await submissions.getByRole('listitem').nth(1).waitFor();
      const newest = submissions.getByRole('listitem').first();
      await newest.getByText('Not sent yet').waitFor();
      expect(
        await submissions.getByRole('button', { name: /^Withdraw the submission of / }).count(),
      ).toBe(2);
      const submissionFile = await download(
        leadPage,
        newest.getByRole('link', { name: /^Download the submission of / }),
      );

      // The secretariat receives the file by email and uploads it.
      const secretariatPage = await openPage(browser);
      await secretariatPage.goto(`${server.baseUrl}/sign-in`);
      await signIn(secretariatPage, secretariat);
      await secretariatPage.getByRole('link', { name: 'Submissions' }).click();
      const upload = secretariatPage.getByRole('region', {
        name: 'Upload a submission or withdrawal file',
      });
      const uploadFile = async (file: string) => {
        await upload.getByLabel('Submission or withdrawal file').setInputFiles(file);
        await upload.getByRole('button', { name: 'Check and upload' }).click();
      };
      await uploadFile(submissionFile);
      await upload.getByRole('status').filter({ hasText: 'replaces the older one' }).waitFor();

      // The lead sees that the submission sent earlier is no longer the one held.
      await leadPage.reload();
      const earlier = submissions.getByRole('listitem').nth(1);
      await earlier
        .getByText(/^Replaced at the secretariat by the newer submission for this cycle made on /)
        .waitFor();
      expect(await earlier.getByRole('button', { name: /^Send the submission/ }).count()).toBe(0);

      await newest.getByRole('button', { name: /^Withdraw the submission of / }).click();
      const consequence = await newest.innerText();
      expect(consequence).toMatch(/Withdraw the submission of .* for cycle 2026\?/);
      expect(consequence).toContain('download the withdrawal file afterwards');
      await checkPage(leadPage, 'sharing-withdraw-confirm');
      await newest.getByRole('button', { name: 'Withdraw', exact: true }).click();
      await newest.getByText(/^Withdrawn by Lena Lead on /).waitFor();
      expect(await newest.innerText()).toContain('give them the withdrawal file');
      const withdrawalFile = await download(
        leadPage,
        newest.getByRole('link', { name: /^Download the withdrawal of the submission of / }),
      );
      await checkPage(leadPage, 'sharing-withdrawn');

      // The copy uploaded here is gone at once; the withdrawal file is still accepted.
      await secretariatPage.reload();
      await secretariatPage.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
      await secretariatPage.getByText(/^No submission is held/).waitFor();
      await uploadFile(withdrawalFile);
      await upload.getByRole('status').filter({ hasText: 'The withdrawal is recorded.' }).waitFor();
      await uploadFile(submissionFile);
      expect(await upload.getByRole('alert').innerText()).toContain('was withdrawn by its sender');
      await checkPage(secretariatPage, 'secretariat-withdrawal-upload');
      await secretariatPage.close();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('tells apart submissions made the same minute, and shows each one’s id for mnr withdraw', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-share-'));
    const made: string[] = [];
    try {
      for (const name of ['a', 'b', 'c']) {
        const out: string[] = [];
        const code = await runCli(
          [
            'share',
            assessmentUrl.split('/').pop() ?? '',
            '--out',
            path.join(folder, `${name}.json`),
          ],
          {
            out: (text) => void out.push(text),
            err: (text) => void out.push(text),
            env: { DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' },
            readStdin: async () => '',
            askHidden: undefined,
          },
        );
        expect(code, out.join('\n')).toBe(0);
        made.push(/submission (\S+) to /.exec(out.join(''))?.[1] ?? '');
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    // Two made in the same second and a third later that minute, as a script might make them.
    const database = openDatabase({
      kind: 'sqlite',
      file: path.join(server.dataDir, 'mnr.sqlite'),
    });
    try {
      const times = [
        '2026-12-04T17:18:05.100Z',
        '2026-12-04T17:18:05.700Z',
        '2026-12-04T17:18:40.000Z',
      ];
      for (const [index, id] of made.entries()) {
        await database.db
          .updateTable('submissions')
          .set({ created_at: times[index] })
          .where('id', '=', id)
          .execute();
      }
    } finally {
      await database.close();
    }

    await leadPage.goto(`${assessmentUrl}/share`);
    const submissions = leadPage.getByRole('region', { name: 'Submissions of this assessment' });
    await submissions.getByRole('listitem').nth(4).waitFor();
    const names = await submissions
      .getByRole('link', { name: /^Download the (withdrawal of the )?submission of / })
      .evaluateAll((links) => links.map((link) => link.textContent ?? ''));
    expect(names).toHaveLength(5);
    expect(new Set(names).size).toBe(5);
    // Written as the browser writes them (en-GB, the local time zone), to the second.
    const toSecond = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'medium' }).format(
        new Date(iso),
      );
    expect(names).toEqual(
      expect.arrayContaining([
        `Download the submission of ${toSecond('2026-12-04T17:18:40.000Z')}`,
        `Download the submission of ${toSecond('2026-12-04T17:18:05.700Z')} (2 of 2)`,
        `Download the submission of ${toSecond('2026-12-04T17:18:05.100Z')} (1 of 2)`,
      ]),
    );

    // Each submission shows its id, the one its file and `mnr withdraw` go by.
    for (const item of await submissions.getByRole('listitem').all()) {
      const id = await item.getByRole('definition').innerText();
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await item.getByRole('term').innerText()).toBe('Submission id');
      expect(
        await item.getByRole('link', { name: /^Download the / }).getAttribute('href'),
      ).toContain(`/submissions/${id}/`);
    }
    expect(await submissions.getByText(made[0] ?? '', { exact: true }).count()).toBe(1);
    await checkPage(leadPage, 'sharing-same-minute');
  });

  it('tells the lead when the secretariat team here removed a submission they sent', async () => {
    await leadPage.goto(`${assessmentUrl}/share`);
    const form = leadPage.getByRole('form', { name: 'Share with the Alliance' });
    await form.getByRole('checkbox', { name: 'I confirm this statement' }).check();
    const submissions = leadPage.getByRole('region', { name: 'Submissions of this assessment' });
    const before = await submissions.getByRole('listitem').count();
    await form.getByRole('button', { name: 'Make the signed submission' }).click();
    await submissions.getByRole('listitem').nth(before).waitFor();
    const newest = submissions.getByRole('listitem').first();
    await newest
      .getByRole('button', { name: /^Send the submission of .* to this instance/ })
      .click();
    await newest.getByText(/^Sent on /).waitFor();

    const page = await openPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, secretariat);
    const table = page.getByRole('table', { name: 'Submissions held, by country name' });
    await table.getByRole('link', { name: 'Kenya, cycle 2026' }).click();
    const remove = page.getByRole('region', { name: 'Remove this submission' });
    await remove.getByRole('button', { name: 'Remove this submission' }).click();
    await remove.getByRole('button', { name: 'Yes, remove it' }).click();
    await page.getByText(/^No submission is held/).waitFor();
    await page.close();

    await leadPage.reload();
    await newest
      .getByText(/^Removed by the secretariat team of this instance: it is no longer held\./)
      .waitFor();
    await newest.getByRole('button', { name: /^Send the submission of .* again to / }).waitFor();
    await checkPage(leadPage, 'sharing-removed');
  });

  it('offers a jurisdiction no sharing: no share card, and no share step in its guide', async () => {
    // The country becomes federal and gets a state, whose lead is the same person.
    await leadPage.goto(`${server.baseUrl}/organisations/${organisationId}`);
    const country = await (
      await leadPage.request.get(`${server.baseUrl}/api/organisations/${organisationId}`)
    ).json();
    await api(leadPage, 'PATCH', `/api/organisations/${organisationId}`, {
      version: country.version,
      name: country.name,
      region: country.region,
      incomeGroup: country.incomeGroup,
      governmentSystem: 'federal',
    });
    const state = await api(adminPage, 'POST', '/api/organisations', {
      kind: 'jurisdiction',
      name: 'Nairobi County',
      parentId: organisationId,
    });
    const database = openDatabase({
      kind: 'sqlite',
      file: path.join(server.dataDir, 'mnr.sqlite'),
    });
    try {
      const user = await database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', lead.email)
        .executeTakeFirstOrThrow();
      await database.db
        .insertInto('memberships')
        .values({
          ...newRecordFields(new Date()),
          organisation_id: String(state.id),
          user_id: user.id,
          role: 'lead',
          capability_scope: null,
        })
        .execute();
    } finally {
      await database.close();
    }
    await leadPage.goto(`${server.baseUrl}/organisations/${String(state.id)}`);
    const countyUrl = await startAssessment(leadPage, {
      title: 'Nairobi County self-assessment 2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
    await agreeAndFinalise(server, countyUrl.split('/').pop() ?? '');

    await leadPage.goto(countyUrl);
    const guide = leadPage.getByRole('region', { name: 'Completion guide' });
    await guide.getByRole('heading', { name: 'Step 5: Plan' }).waitFor();
    expect(await guide.getByRole('listitem').count()).toBe(5);
    expect(await guide.getByRole('heading', { name: /Share/ }).count()).toBe(0);
    expect(await leadPage.getByRole('link', { name: 'Share with the Alliance' }).count()).toBe(0);
    expect(await leadPage.getByRole('region', { name: 'Share with the Alliance' }).count()).toBe(0);
    await checkPage(leadPage, 'sharing-jurisdiction-assessment');

    // The national assessment still offers it.
    await leadPage.goto(assessmentUrl);
    await leadPage.getByRole('link', { name: 'Share with the Alliance' }).waitFor();
    await leadPage
      .getByRole('region', { name: 'Completion guide' })
      .getByRole('heading', { name: 'Step 6: Share' })
      .waitFor();
  });
});
