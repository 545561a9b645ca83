import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/program.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage, openPage } from './support/pages.js';
import { admin } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';
import { setUp, signIn } from './support/steps.js';

/**
 * Someone trying the application starts the server, loads the demo with `mnr demo`, and only
 * then opens the setup link the server printed: the demo's accounts are no administrators, so
 * the link still makes one, and the demo's lead signs in as well.
 */
describe.skipIf(!chromiumAvailable())('demo data before the first administrator', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('still takes the setup link, and the demo lead signs in too', async () => {
    const setupLink = await server.setupLink();
    const out: string[] = [];
    const code = await runCli(['demo'], {
      out: (text) => void out.push(text),
      err: (text) => void out.push(text),
      env: { DATA_DIR: server.dataDir, PUBLIC_URL: server.baseUrl, LOG_LEVEL: 'silent' },
      readStdin: async () => '',
      askHidden: undefined,
    });
    const printed = out.join('\n');
    expect(code, printed).toBe(0);
    expect(printed).toContain('the setup link the server prints when it starts still creates');
    const [, email = '', name = '', password = ''] =
      /(\S+@norland\.example)\s+(.+?)\s+lead\s+(\S+)/.exec(printed) ?? [];

    const visitor = await openPage(browser);
    await visitor.goto(`${server.baseUrl}/sign-in`);
    await visitor.getByText('No administrator account exists yet.', { exact: false }).waitFor();
    await checkPage(visitor, 'sign-in-before-setup');

    const adminPage = await openPage(browser);
    await setUp(adminPage, setupLink, admin);
    await adminPage.getByText('You are the administrator of this instance.').waitFor();

    await visitor.goto(`${server.baseUrl}/sign-in`);
    await signIn(visitor, { name, email, password });
    await visitor
      .getByRole('link', { name: 'Norland Ministry of Justice (fictional demo)' })
      .first()
      .waitFor();
    expect(await visitor.getByText('No administrator account exists yet.').count()).toBe(0);
  });
});
