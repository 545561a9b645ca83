import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage } from './support/pages.js';
import { startTestServer, type TestServer } from './support/server.js';
import { organisationWithLead, startAssessment } from './support/steps.js';

const TITLE = 'Self-assessment 2026';
const RATIONALE = '=The ministry leads; محضر اجتماع اللجنة الوطنية';

/**
 * A lead downloads an assessment as JSON and as the Excel workbook, and brings each back on the
 * organisation page as a new draft that shows the same stages; a file changed by hand is
 * refused with where it was changed.
 */
describe.skipIf(!chromiumAvailable())('exporting and importing an assessment', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let organisationUrl = '';
  let assessmentUrl = '';
  let folder = '';

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-export-'));
    server = await startTestServer();
    browser = await launchBrowser();
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: 'Ghana Child Online Protection Committee',
      country: 'Ghana',
    });
    await started.adminPage.context().close();
    page = started.leadPage;
    organisationUrl = started.organisationUrl;
    await page.goto(organisationUrl);
    assessmentUrl = await startAssessment(page, {
      title: TITLE,
      start: '2026-01-01',
      end: '2026-12-31',
    });
    await page.goto(`${assessmentUrl}/sub-domains/leadership`);
    const agreed = page.getByRole('form', { name: /^Agreed stage of/ });
    await agreed.getByRole('radio', { name: /^Stage 2/ }).check();
    await agreed.getByLabel('Rationale').fill(RATIONALE);
    await agreed.getByRole('button', { name: 'Save the agreed stage' }).click();
    await agreed.getByText(/^Saved on/).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const stagesShown = async () => {
    const section = page.getByRole('region', { name: 'Sub-domains' });
    await section.waitFor();
    return section.innerText();
  };

  async function download(name: string): Promise<string> {
    await page.goto(assessmentUrl);
    const section = page.getByRole('region', { name: 'Export' });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name }).click(),
    ]);
    const saved = path.join(folder, file.suggestedFilename());
    await file.saveAs(saved);
    return saved;
  }

  async function upload(file: string) {
    await page.goto(organisationUrl);
    const section = page.getByRole('region', { name: 'Import an assessment' });
    await section.getByLabel('Exported file').setInputFiles(file);
    await section.getByRole('button', { name: 'Import' }).click();
    return section;
  }

  it('downloads the JSON file and imports it as a new draft with the same stages', async () => {
    await page.goto(assessmentUrl);
    const original = await stagesShown();
    await checkPage(page, 'assessment-export');
    const file = await download('JSON file');
    expect(path.basename(file)).toBe(`${TITLE} 2026-01-01.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ formatVersion: 1 });

    await page.goto(organisationUrl);
    const assessments = page.getByRole('region', { name: 'Assessments' }).getByRole('listitem');
    await assessments.first().waitFor();
    const before = await assessments.count();
    const section = await upload(file);
    await section.getByText('Imported as a new draft assessment:').waitFor();
    // The new draft appears in the list without reloading the page.
    await assessments.nth(before).waitFor();
    await checkPage(page, 'assessment-imported');
    await section.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(page.url()).not.toBe(assessmentUrl);
    expect(await stagesShown()).toBe(original);
    await page.goto(`${page.url()}/sub-domains/leadership`);
    await page.getByRole('region', { name: 'Agreed stage' }).getByText(RATIONALE).first().waitFor();
  });

  it('downloads the Excel workbook and imports it back with the same stages', async () => {
    await page.goto(assessmentUrl);
    const original = await stagesShown();
    const file = await download('Excel workbook');
    expect(path.extname(file)).toBe('.xlsx');
    const section = await upload(file);
    await section.getByText('Imported as a new draft assessment:').waitFor();
    await section.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await stagesShown()).toBe(original);
  });

  it('refuses a JSON file changed by hand, saying where, and adds no assessment', async () => {
    const file = await download('JSON file');
    const changed = path.join(folder, 'changed.json');
    fs.writeFileSync(changed, fs.readFileSync(file, 'utf8').replace('"stage": 2', '"stage": 4'));
    await page.goto(organisationUrl);
    const assessments = page.getByRole('region', { name: 'Assessments' }).getByRole('listitem');
    await assessments.first().waitFor();
    const before = await assessments.count();
    const section = await upload(changed);
    const alert = section.getByRole('alert');
    await alert
      .getByText('The file cannot be imported, and nothing was changed.', { exact: false })
      .waitFor();
    expect(await alert.innerText()).toContain('$.integrity.digest');
    await checkPage(page, 'assessment-import-refused');
    await page.reload();
    await assessments.first().waitFor();
    expect(await assessments.count()).toBe(before);
  });
});
