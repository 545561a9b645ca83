import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from './support/browser.js';
import { checkPage } from './support/pages.js';
import { screenshot } from './support/screenshot.js';
import { startTestServer, type TestServer } from './support/server.js';
import { organisationWithLead } from './support/steps.js';

const ORGANISATION = 'Ghana Child Online Protection Committee';

type Result =
  { kind: 'stage'; stage: number; rationale: string } | { kind: 'not-applicable'; reason: string };

/**
 * A country's two cycles, made through the API as the lead: the first finalised with a plan,
 * the second under way. The pages then show the results summary, progress, the comparison and
 * when the next assessment is due.
 */
describe.skipIf(!chromiumAvailable())('results summary and progress over cycles', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let organisationId = '';
  let firstId = '';
  let secondId = '';
  let firstFinalisedOn = '';

  async function api(
    method: 'POST' | 'PUT' | 'PATCH',
    url: string,
    data: unknown,
  ): Promise<unknown> {
    const session = (await (await page.request.get(`${server.baseUrl}/api/session`)).json()) as {
      csrfToken: string;
    };
    const response = await page.request.fetch(`${server.baseUrl}${url}`, {
      method,
      data,
      headers: { 'x-csrf-token': session.csrfToken },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${await response.text()}`);
    return response.json();
  }

  async function startCycle(title: string, year: number): Promise<string> {
    const created = (await api('POST', `/api/organisations/${organisationId}/assessments`, {
      title,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      leadBody: 'Ministry of Gender, Children and Social Protection',
    })) as { id: string };
    return created.id;
  }

  async function agree(assessmentId: string, scope: string, key: string, result: Result) {
    await api('PUT', `/api/assessments/${assessmentId}/${scope}/${key}/result`, {
      version: null,
      result,
    });
  }

  const stage = (value: number): Result => ({
    kind: 'stage',
    stage: value,
    rationale: 'Agreed in the national workshop.',
  });

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    const started = await organisationWithLead(browser, await server.setupLink(), {
      name: ORGANISATION,
      country: 'Ghana',
    });
    await started.adminPage.context().close();
    page = started.leadPage;
    organisationId = decodeURIComponent(started.organisationUrl.split('/').at(-1) ?? '');

    firstId = await startCycle('First cycle 2024', 2024);
    await agree(firstId, 'sub-domains', 'leadership', stage(2));
    await agree(firstId, 'sub-domains', 'legislation', stage(3));
    await agree(firstId, 'sub-domains', 'csea-hotline', stage(1));
    await api('POST', `/api/assessments/${firstId}/plan-items`, {
      title: 'Convene the oversight body every quarter',
      subDomainKey: 'leadership',
      targetStage: 3,
      status: 'done',
      targetDate: '2025-06-30',
    });
    await api('POST', `/api/assessments/${firstId}/plan-items`, {
      title: 'Set up a hotline referral procedure',
      subDomainKey: 'csea-hotline',
      targetStage: 2,
      status: 'blocked',
    });
    const finalised = (await api('POST', `/api/assessments/${firstId}/finalise`, {
      version: 1,
    })) as { finalisedAt: string };
    firstFinalisedOn = finalised.finalisedAt.slice(0, 10);

    secondId = await startCycle('Second cycle 2026', 2026);
    const ratings: Record<string, string> = {
      'leadership.1.1': 'met',
      'leadership.1.2': 'met',
      'leadership.1.3': 'met',
      'leadership.1.4': 'met',
      'leadership.2.1': 'met',
      'leadership.2.2': 'partly-met',
      'leadership.3.1': 'met',
    };
    for (const [indicator, status] of Object.entries(ratings)) {
      await api('PUT', `/api/assessments/${secondId}/indicators/${indicator}`, {
        version: null,
        status,
        evidenceText: '',
      });
    }
    await agree(secondId, 'sub-domains', 'leadership', stage(3));
    await agree(secondId, 'sub-domains', 'legislation', stage(3));
    await agree(secondId, 'sub-domains', 'csea-hotline', stage(4));
    await agree(secondId, 'sub-domains', 'takedown-procedures', stage(1));
    await agree(secondId, 'sub-domains', 'research-analysis-monitoring', {
      kind: 'not-applicable',
      reason: 'Done by the regional observatory.',
    });
    await agree(secondId, 'capabilities', 'policy-governance', stage(3));
    await api('POST', `/api/assessments/${secondId}/plan-items`, {
      title: 'Fund the oversight body for five years',
      subDomainKey: 'leadership',
      targetStage: 4,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the next assessment due on the organisation page', async () => {
    await page.goto(`${server.baseUrl}/organisations/${organisationId}`);
    const section = page.getByRole('region', { name: 'Assessment cycles' });
    const due = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${Number(firstFinalisedOn.slice(0, 4)) + 2}${firstFinalisedOn.slice(4)}T00:00:00Z`),
    );
    await section.getByText(`Next assessment due ${due}`).waitFor();
    await checkPage(page, 'organisation-next-due');
  });

  it('shows the results summary with the agreed stages, strengths, gaps and imbalances', async () => {
    await page.goto(`${server.baseUrl}/assessments/${secondId}`);
    await page.getByRole('link', { name: 'Results summary' }).click();
    await page.getByRole('heading', { level: 1, name: 'Results summary' }).waitFor();

    const heatMap = page.getByRole('table', { name: /Indicators met per stage/ });
    const leadership = heatMap.getByRole('row', { name: /Leadership/ });
    const leadershipCells = leadership.getByRole('cell');
    expect(await leadershipCells.nth(0).textContent()).toBe('4 of 4 metall met');
    expect(await leadershipCells.nth(1).textContent()).toBe('1 of 4 metpartly there');
    expect(await leadershipCells.nth(2).textContent()).toBe('1 of 4 metpartly thereAgreed stage');
    expect(await leadershipCells.nth(4).textContent()).toBe('Stage 3');
    expect(await leadershipCells.nth(6).textContent()).toBe('Stage 4');
    const hotline = heatMap.getByRole('row', { name: /hotline/i });
    expect(await hotline.getByRole('cell').nth(3).textContent()).toContain('Agreed stage');

    const capabilities = page.getByRole('table', { name: 'Capabilities as a table' });
    const policy = capabilities.getByRole('row', { name: /Policy and governance/ });
    expect(await policy.getByRole('cell').allTextContents()).toEqual([
      'stage 3 (Integration)',
      'stage 3 (Integration)',
      'All agreed at stage 3',
      'stage 4 (Maturity)',
    ]);
    await page
      .getByRole('img', { name: /Agreed stage and target stage of each capability/ })
      .waitFor();

    await page
      .getByText(
        'Of the 21 sub-domains, 4 have an agreed stage: 1 at stage 1 (building), 0 at stage 2 (enhancement), 2 at stage 3 (integration) and 1 at stage 4 (maturity).',
        { exact: false },
      )
      .waitFor();
    const strengths = page.getByRole('region', { name: 'Strengths' });
    expect(await strengths.getByRole('listitem').allTextContents()).toEqual([
      '12. CSEA hotline: stage 4 (Maturity)',
      '1. Leadership: an accountable national governance and oversight committee: stage 3 (Integration)',
      '3. Legislation: comprehensive and effective legal framework: stage 3 (Integration)',
    ]);
    const gaps = page.getByRole('region', { name: 'Gaps' });
    await gaps
      .getByText(
        '16. Takedown procedures: notice and takedown of CSEA material: stage 1 (Building)',
      )
      .waitFor();
    await gaps.getByText('Lowest stage agreed', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: 'Interdependencies' })
      .getByText(
        'CSEA hotline (stage 4) depends on Takedown procedures: notice and takedown of CSEA material (stage 1): 3 stages apart.',
      )
      .waitFor();
    await checkPage(page, 'results-summary');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'results-summary-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows the trend over cycles and compares them, with what became of the earlier plan', async () => {
    await page.goto(`${server.baseUrl}/organisations/${organisationId}`);
    await page.getByRole('link', { name: 'Progress over cycles and comparison' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress over cycles' }).waitFor();
    const trend = page.getByRole('table', { name: 'Sub-domains by agreed stage in each cycle' });
    expect(
      await trend
        .getByRole('row', { name: /First cycle 2024 \(finalised\)/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['1', '1', '1', '0', '0', '18']);
    await trend.getByRole('row', { name: /Second cycle 2026 \(current draft\)/ }).waitFor();
    await checkPage(page, 'progress');

    await page.getByLabel('Earlier cycle').selectOption({ label: 'First cycle 2024 (finalised)' });
    await page
      .getByLabel('Later cycle')
      .selectOption({ label: 'Second cycle 2026 (current draft)' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'First cycle 2024 compared with Second cycle 2026' })
      .waitFor();
    const changes = page.getByRole('table', {
      name: 'Agreed stage of each sub-domain in both cycles',
    });
    const change = async (name: RegExp) =>
      (await changes.getByRole('row', { name }).getByRole('cell').allTextContents()).at(-1)?.trim();
    expect(await change(/Leadership/)).toBe('▲ Up 1 stage');
    expect(await change(/Legislation/)).toBe('● Same stage');
    expect(await change(/hotline/i)).toBe('▲ Up 3 stages');
    expect(await change(/Research/)).toBe('Not compared');
    const capabilityChanges = page.getByRole('table', {
      name: 'Agreed stage of each capability in both cycles',
    });
    expect(
      await capabilityChanges
        .getByRole('row', { name: /Policy and governance/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Not agreed yet', 'Stage 3', 'Not compared']);
    const plan = page.getByRole('region', { name: /What became of the action plan/ });
    await plan.getByText('1 of 2 actions done (50%).').waitFor();
    await plan.getByRole('heading', { name: 'Done: 1 action' }).waitFor();
    await plan.getByText('Set up a hotline referral procedure').waitFor();
    await checkPage(page, 'comparison');
  });

  it('shows a federal country the national view across its jurisdictions', async () => {
    const organisation = (await (
      await page.request.get(`${server.baseUrl}/api/organisations/${organisationId}`)
    ).json()) as {
      version: number;
      name: string;
      region: string | null;
      incomeGroup: string | null;
    };
    await api('PATCH', `/api/organisations/${organisationId}`, {
      version: organisation.version,
      name: organisation.name,
      region: organisation.region,
      incomeGroup: organisation.incomeGroup,
      governmentSystem: 'federal',
    });
    await api('POST', '/api/organisations', {
      kind: 'jurisdiction',
      name: 'Ashanti Region',
      parentId: organisationId,
    });
    await page.goto(`${server.baseUrl}/organisations/${organisationId}`);
    await page.getByRole('link', { name: 'National view across jurisdictions' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'National view across jurisdictions' })
      .waitFor();
    await page.getByText('Ashanti Region: no finalised assessment yet').waitFor();
    const subDomains = page.getByRole('table', {
      name: 'Agreed sub-domain stages across jurisdictions',
    });
    expect(
      await subDomains
        .getByRole('row', { name: /Leadership/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['–', '–', '–', '0', '0', '0', '0', '0', '0', '1']);
    await checkPage(page, 'national-view');
  });
});
