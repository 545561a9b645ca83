import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../src/server/secretariat/submission.presenter.js';
import {
  samplePayload,
  signSample,
  testSigningKey,
} from '../src/server/sharing/test-support/sharing-fixtures.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createSecretariatAccount, setUp, signIn, type Person } from './support/steps.js';

const secretariat: Person = {
  name: 'Sami Secretariat',
  email: 'sami@alliance.example',
  password: 'orchid ferry granite 39',
};

/** What the secretariat team does with the submissions it holds and the tokens it issued. */
describe.skipIf(!chromiumAvailable())('the secretariat’s submissions', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-secretariat-'));
    server = await startTestServer();
    browser = await launchBrowser();
    await setUp(await openPage(browser), await server.setupLink(), admin);
    await createSecretariatAccount(server, secretariat);
    page = await openPage(browser);
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, secretariat);
    await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const upload = () => page.getByRole('region', { name: 'Upload a submission or withdrawal file' });

  async function uploadFile(name: string, text: string): Promise<void> {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    await upload().getByLabel('Submission or withdrawal file').setInputFiles(file);
    await upload().getByRole('button', { name: 'Check and upload' }).click();
  }

  async function refusal(name: string, text: string): Promise<string> {
    await uploadFile(name, text);
    const alert = upload().getByRole('alert');
    await alert.waitFor();
    return alert.innerText();
  }

  it('refuses a file from another key or from the future; the team removes the held one', async () => {
    const country = testSigningKey();
    const stranger = testSigningKey();
    const genuine = signSample(samplePayload({ createdAt: '2026-03-02T09:30:00.000Z' }), country);
    await uploadFile('kenya.json', JSON.stringify(genuine));
    await upload().getByRole('status').filter({ hasText: 'is verified and held' }).waitFor();

    const otherKey = await refusal(
      'other.json',
      JSON.stringify(signSample(samplePayload(), stranger)),
    );
    expect(otherKey).toContain(
      `signed by another key (fingerprint ${keyFingerprint(country.publicKey)}) than this file (fingerprint ${keyFingerprint(stranger.publicKey)})`,
    );
    expect(
      await refusal(
        'future.json',
        JSON.stringify(
          signSample(samplePayload({ createdAt: '2099-01-01T00:00:00.000Z' }), country),
        ),
      ),
    ).toContain('This file claims to be made on 2099-01-01 00:00 UTC');
    expect(await refusal('empty.json', '{"payload":{}}')).toContain(
      'payload.format must be "mnr-self-assessment/submission" (a submission) or "mnr-self-assessment/withdrawal" (the withdrawal of one)',
    );
    await checkPage(page, 'secretariat-upload-refused');

    const table = page.getByRole('table', { name: 'Submissions held, by country name' });
    await table.getByRole('link', { name: 'Kenya, cycle 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, cycle 2026' }).waitFor();
    const facts = await page.getByRole('region', { name: 'About this submission' }).innerText();
    // Made and received, as the reader's locale (British English) writes a date and time.
    expect(facts).toMatch(/Made\s+2 March 2026(,| at) \d{2}:\d{2}/);
    expect(facts).toMatch(/Received\s+\d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2} · uploaded/);

    const remove = page.getByRole('region', { name: 'Remove this submission' });
    await remove.getByRole('button', { name: 'Remove this submission' }).click();
    await remove
      .getByText(/^Remove the submission of Kenya for cycle 2026, made 2 March 2026/)
      .waitFor();
    await remove.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Remove this submission',
    );
    await remove.getByRole('button', { name: 'Remove this submission' }).click();
    expect(await remove.innerText()).toContain('the same file is taken again');
    await checkPage(page, 'secretariat-submission-remove-confirm');
    await remove.getByRole('button', { name: 'Yes, remove it' }).click();

    await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Removed the submission of Kenya for cycle 2026, made 2 March 2026/ })
      .waitFor();
    await page.getByText(/^No submission is held/).waitFor();
    await checkPage(page, 'secretariat-submission-removed');

    // Once the country has confirmed its new key, its file is taken.
    await uploadFile('new-key.json', JSON.stringify(signSample(samplePayload(), stranger)));
    await upload().getByRole('status').filter({ hasText: 'is verified and held' }).waitFor();
  });

  it('revokes an intake token after asking', async () => {
    const tokens = page.getByRole('region', { name: 'Intake tokens' });
    await tokens.getByLabel('Who the token is for').fill('Kenya');
    await tokens.getByRole('button', { name: 'Issue a token' }).click();
    await tokens.getByText('Token for Kenya. Copy it now: it is not shown again.').waitFor();

    await tokens.getByRole('button', { name: 'Revoke the token for Kenya' }).click();
    await tokens.getByText(/^Revoke the token for Kenya\? Submissions and withdrawals/).waitFor();
    await checkPage(page, 'secretariat-token-revoke-confirm');
    await tokens.getByRole('button', { name: 'Yes, revoke the token for Kenya' }).click();
    await tokens
      .getByRole('status')
      .filter({ hasText: 'The token for Kenya is revoked.' })
      .waitFor();
    await tokens.getByText(/^Kenya, revoked /).waitFor();
    expect(await tokens.getByRole('button', { name: /revoke/i }).count()).toBe(0);
    expect(await tokens.innerText()).not.toContain('Revoke the token for Kenya?');
    await checkPage(page, 'secretariat-token-revoked');
  });
});
