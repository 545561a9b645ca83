import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  frameworkViewSchema,
  localize,
  type FrameworkView,
  type LocaleText,
} from '../src/domain/framework/index.js';
import { expectNoSeriousA11yViolations } from './support/accessibility.js';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import {
  DESKTOP,
  PHONE,
  expectNoHorizontalScroll,
  openPage as openPageIn,
} from './support/pages.js';
import { screenshot } from './support/screenshot.js';
import { startTestServer, type TestServer } from './support/server.js';

const english = (text: LocaleText) => localize(text, 'en');

describe.skipIf(!chromiumAvailable())('reading the framework in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let framework: FrameworkView;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    // Expectations come from the shipped framework itself, so rewording it does not break this.
    const response = await fetch(`${server.baseUrl}/api/frameworks/mnr`);
    framework = frameworkViewSchema.parse(await response.json());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPage = (viewport: { width: number; height: number }) => openPageIn(browser, viewport);

  function hotline() {
    const subDomain = framework.capabilities
      .flatMap((capability) => capability.subDomains)
      .find((candidate) => candidate.key === 'csea-hotline');
    if (!subDomain) throw new Error('the shipped framework has no csea-hotline sub-domain');
    return subDomain;
  }

  it('goes from the overview to the CSEA hotline and reads its four stages', async () => {
    const page = await openPage(DESKTOP);
    await page.goto(server.baseUrl);

    await page.waitForURL(/\/frameworks\/mnr$/);
    await page.getByRole('heading', { level: 1, name: english(framework.title) }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toContain(english(framework.title));
    for (const stage of framework.stages) {
      await page
        .getByRole('heading', { level: 3, name: english(stage.title), exact: true })
        .waitFor();
    }
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'overview-desktop');

    // The first Tab reaches the skip link, and Enter moves focus past the header to the content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByRole('link', { name: /CSEA hotline/ }).click();
    await page.waitForURL(/\/frameworks\/mnr\/sub-domains\/csea-hotline$/);
    const subDomain = hotline();
    await page.getByRole('heading', { level: 1, name: english(subDomain.title) }).waitFor();
    expect(await page.getByText(`Sub-domain ${subDomain.number}`).count()).toBe(1);

    const stageHeadings = await page.getByRole('heading', { level: 2 }).allTextContents();
    const stageOrder = ['Building', 'Enhancement', 'Integration', 'Maturity'].map((title) =>
      stageHeadings.findIndex((heading) => heading.includes(title)),
    );
    expect(stageOrder.every((index) => index >= 0)).toBe(true);
    expect([...stageOrder].sort((a, b) => a - b)).toEqual(stageOrder);

    for (const stage of subDomain.stages) {
      const definition = framework.stages.find((candidate) => candidate.key === stage.key);
      const title = definition ? english(definition.title) : stage.key;
      const section = page.getByRole('region', { name: new RegExp(title) });
      const indicator = stage.indicators[0];
      if (!indicator) throw new Error(`${stage.key} of csea-hotline has no indicator`);
      await section.getByText(indicator.key, { exact: true }).waitFor();
      await section.getByText(english(indicator.text), { exact: true }).waitFor();
      expect(await section.getByRole('listitem').count()).toBe(stage.indicators.length);
    }
    const dependencyLinks = page.getByRole('region', { name: 'Depends on' }).getByRole('link');
    const dependencyHrefs = await dependencyLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(dependencyHrefs.sort()).toEqual(
      subDomain.dependsOn.map((key) => `/frameworks/mnr/sub-domains/${key}`).sort(),
    );
    const pager = page.getByRole('navigation', { name: 'Other sub-domains' });
    await pager.getByRole('link', { name: /Previous/ }).waitFor();
    await pager.getByRole('link', { name: /Next/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sub-domain-desktop');
    await page.context().close();
  });

  it('reads without sideways scrolling on a 375px phone', async () => {
    const page = await openPage(PHONE);
    await page.goto(`${server.baseUrl}/frameworks/mnr`);
    await page.getByRole('heading', { level: 1, name: english(framework.title) }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'overview-phone');

    await page.getByRole('link', { name: /CSEA hotline/ }).click();
    await page.getByRole('heading', { level: 1, name: english(hotline().title) }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sub-domain-phone');
    await page.context().close();
  });

  it('explains in place when an address or a framework does not exist', async () => {
    const page = await openPage(DESKTOP);
    await page.goto(`${server.baseUrl}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${server.baseUrl}/frameworks/no-such-framework`);
    const alert = page.getByRole('alert');
    await alert.getByText('There is no framework "no-such-framework".').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'unknown-framework');
    await page.context().close();
  });

  it('offers to try again when the server cannot be reached, and recovers', async () => {
    const page = await openPage(DESKTOP);
    await page.route('**/api/frameworks/mnr', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.baseUrl}/frameworks/mnr`);
    const alert = page.getByRole('alert');
    await alert.getByText(/could not be reached/).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.unroute('**/api/frameworks/mnr');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: english(framework.title) }).waitFor();
    await page.context().close();
  });
});
