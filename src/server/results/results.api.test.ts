import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsSummarySchema } from '../../domain/assessment/api/index.js';
import type { AgreedResult } from '../../domain/assessment/index.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('results summary on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let assessmentId: string;

  const url = (rest: string) => `/api/assessments/${assessmentId}${rest}`;

  async function rate(indicator: string, status: string) {
    const response = await team.as('lead', {
      method: 'PUT',
      url: url(`/indicators/${indicator}`),
      payload: { version: null, status, evidenceText: '' },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  async function agree(scope: 'sub-domains' | 'capabilities', key: string, result: AgreedResult) {
    const response = await team.as('facilitator', {
      method: 'PUT',
      url: url(`/${scope}/${key}/result`),
      payload: { version: null, result },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  async function planTarget(subDomainKey: string, targetStage: number | null) {
    const at = new Date().toISOString();
    await testApp.app.db
      .insertInto('plan_items')
      .values({
        id: randomUUID(),
        assessment_id: assessmentId,
        title: `Reach stage ${targetStage} in ${subDomainKey}`,
        description: '',
        sub_domain_key: subDomainKey,
        indicator_keys: '[]',
        target_stage: targetStage,
        owner_body: '',
        contact: '',
        priority: 'medium',
        start_date: null,
        target_date: null,
        status: 'not-started',
        resources_note: '',
        from_suggestion: null,
        created_at: at,
        updated_at: at,
        updated_by: team.sessions.lead.userId,
        version: 1,
      })
      .execute();
  }

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
    assessmentId = await team.startAssessment();
    // Leadership: stages 1–3 met except one building indicator partly met; agreed at 3.
    for (const stage of [1, 2, 3]) {
      for (const index of [1, 2, 3, 4]) {
        const key = `leadership.${stage}.${index}`;
        await rate(key, key === 'leadership.1.2' ? 'partly-met' : 'met');
      }
    }
    await agree('sub-domains', 'leadership', {
      kind: 'stage',
      stage: 3,
      rationale: 'The oversight body works; one building gap is being closed.',
    });
    for (const index of [1, 2, 3, 4]) await rate(`legislation.1.${index}`, 'met');
    await agree('sub-domains', 'legislation', { kind: 'stage', stage: 1, rationale: '' });
    await agree('sub-domains', 'csea-hotline', {
      kind: 'stage',
      stage: 4,
      rationale: 'Agreed after a long discussion.',
    });
    await agree('sub-domains', 'research-analysis-monitoring', {
      kind: 'not-applicable',
      reason: 'Covered by the regional observatory.',
    });
    await agree('capabilities', 'policy-governance', {
      kind: 'stage',
      stage: 1,
      rationale: 'Legislation holds the capability back.',
    });
    await planTarget('leadership', 4);
    await planTarget('leadership', 3);
    await planTarget('legislation', 2);
    await planTarget('legislation', null);
    const note = await team.as('lead', {
      method: 'PUT',
      url: url('/enablers/data-and-evidence'),
      payload: { version: null, note: 'Data on reports is collected but not shared.' },
    });
    expect(note.statusCode, note.body).toBe(200);
  });
  afterAll(() => testApp.close());

  it('shows every sub-domain with its agreed and suggested stage, indicators met per stage and target', async () => {
    const response = await team.as('observer', { method: 'GET', url: url('/results') });
    expect(response.statusCode, response.body).toBe(200);
    const summary = resultsSummarySchema.parse(response.json());
    expect(summary.subDomains).toHaveLength(21);
    const leadership = summary.subDomains.find((item) => item.key === 'leadership');
    expect(leadership).toMatchObject({
      number: 1,
      capabilityKey: 'policy-governance',
      result: { kind: 'stage', stage: 3 },
      suggestedStage: 0,
      targetStage: 4,
    });
    expect(leadership?.stageCounts.map(({ stage, met, total }) => [stage, met, total])).toEqual([
      [1, 3, 4],
      [2, 4, 4],
      [3, 4, 4],
      [4, 0, 4],
    ]);
    // Agreed above the suggestion, and a building indicator not met.
    expect(leadership?.warnings).toBe(2);
    const legislation = summary.subDomains.find((item) => item.key === 'legislation');
    expect(legislation).toMatchObject({ suggestedStage: 1, targetStage: 2, warnings: 0 });
    expect(summary.subDomains.find((item) => item.key === 'csea-hotline')?.targetStage).toBeNull();
    expect(summary.subDomainTotals).toEqual({
      stages: [
        { stage: 1, count: 1 },
        { stage: 2, count: 0 },
        { stage: 3, count: 1 },
        { stage: 4, count: 1 },
      ],
      notApplicable: 1,
      notAssessed: 17,
    });
  });

  it('rolls up capabilities beside what the group agreed, with spread and target', async () => {
    const summary = resultsSummarySchema.parse(
      (await team.as('contributor', { method: 'GET', url: url('/results') })).json(),
    );
    expect(summary.capabilities.map((capability) => capability.key)).toEqual([
      'policy-governance',
      'criminal-justice',
      'victim',
      'societal',
      'industry',
      'media-communications',
    ]);
    expect(summary.capabilities[0]).toEqual({
      key: 'policy-governance',
      result: { kind: 'stage', stage: 1, rationale: 'Legislation holds the capability back.' },
      suggestedStage: 1,
      spread: { min: 1, max: 3 },
      notAssessed: 0,
      notApplicable: 1,
      targetStage: 4,
    });
    expect(summary.capabilities[3]).toMatchObject({
      key: 'societal',
      result: { kind: 'not-assessed' },
      suggestedStage: null,
      spread: { min: 4, max: 4 },
      notAssessed: 3,
      targetStage: null,
    });
  });

  it('names strengths, gaps, imbalances, enabler notes and how many warnings there are', async () => {
    const summary = resultsSummarySchema.parse(
      (await team.as('lead', { method: 'GET', url: url('/results') })).json(),
    );
    expect(summary.strengths).toEqual([
      { subDomain: 'csea-hotline', stage: 4 },
      { subDomain: 'leadership', stage: 3 },
    ]);
    expect(summary.lowestStage).toBe(1);
    expect(summary.gaps.map(({ subDomain, reasons }) => [subDomain, reasons])).toEqual([
      ['legislation', ['lowest-stage']],
      ['leadership', ['unmet-lower-stage']],
      ['csea-hotline', ['unmet-lower-stage']],
    ]);
    expect(summary.gaps[1]?.unmet).toEqual([
      { indicator: 'leadership.1.2', stage: 1, rating: 'partly-met' },
    ]);
    expect(summary.interdependencyFlags).toEqual([
      {
        subDomain: 'leadership',
        stage: 3,
        dependsOn: 'legislation',
        dependencyStage: 1,
        gap: 2,
      },
      {
        subDomain: 'csea-hotline',
        stage: 4,
        dependsOn: 'legislation',
        dependencyStage: 1,
        gap: 3,
      },
    ]);
    expect(summary.enablers.find((enabler) => enabler.key === 'data-and-evidence')?.note).toBe(
      'Data on reports is collected but not shared.',
    );
    expect(summary.warnings).toEqual({
      total: 4,
      subDomains: 2,
      agreedAboveSuggestion: 2,
      unmetAtOrBelowAgreed: 2,
      nextStageMet: 0,
    });
  });

  it('answers 404 to people outside the organisation and for an unknown assessment', async () => {
    const outsider = await team.as('outsider', { method: 'GET', url: url('/results') });
    expect(outsider.statusCode).toBe(404);
    const unknown = await team.as('lead', {
      method: 'GET',
      url: '/api/assessments/no-such-assessment/results',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('There is no assessment with id "no-such-assessment".');
  });
});
