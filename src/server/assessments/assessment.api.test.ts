import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentOverviewSchema,
  assessmentSummarySchema,
  subDomainWorkspaceSchema,
} from '../../domain/assessment/api/index.js';
import { verifyAuditChain } from '../audit/audit.queries.js';
import { ASSESSMENT_DETAILS, createTeam, type Team } from '../test-support/assessment-team.js';
import { SAMPLE_FILES, uploadRequest } from '../test-support/evidence-samples.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('assessments on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
  });
  afterAll(() => testApp.close());

  const url = (assessmentId: string, rest = '') => `/api/assessments/${assessmentId}${rest}`;

  it('starts an assessment pinned to the latest framework version and lists it for members', async () => {
    const created = await team.as('lead', {
      method: 'POST',
      url: `/api/organisations/${team.organisationId}/assessments`,
      payload: ASSESSMENT_DETAILS,
    });
    expect(created.statusCode).toBe(201);
    const summary = assessmentSummarySchema.parse(created.json());
    expect(summary).toMatchObject({
      ...ASSESSMENT_DETAILS,
      organisationId: team.organisationId,
      frameworkKey: 'mnr',
      frameworkVersion: '2026.1',
      state: 'draft',
      finalisedAt: null,
      copiedFromId: null,
      version: 1,
      progressPercent: 0,
    });

    const list = await team.as('observer', {
      method: 'GET',
      url: `/api/organisations/${team.organisationId}/assessments`,
    });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { id: string }[]).map((item) => item.id)).toContain(summary.id);
    const outsider = await team.as('outsider', { method: 'GET', url: url(summary.id) });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.json().detail).toBe(`There is no assessment with id "${summary.id}".`);
  });

  it('presents the overview: 21 sub-domains in MNR order, 6 capabilities, the guide and who may do what', async () => {
    const id = await team.startAssessment();
    const lead = assessmentOverviewSchema.parse(
      (await team.as('lead', { method: 'GET', url: url(id) })).json(),
    );
    expect(lead.subDomains.map((subDomain) => subDomain.number)).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    );
    expect(lead.subDomains[0]).toMatchObject({
      key: 'leadership',
      capabilityKey: 'policy-governance',
      status: 'not-started',
      result: { kind: 'not-assessed' },
      suggestedStage: 0,
      indicatorsRated: 0,
      proposals: 0,
    });
    expect(lead.capabilities).toHaveLength(6);
    expect(lead.progress).toEqual({ done: 0, total: 27, percent: 0 });
    // Details recorded and the team, added directly, counts as convened: assessing comes next.
    expect(lead.guide.currentStep).toBe('assess');
    expect(lead.enablers).toHaveLength(7);
    expect(lead.participants.map((person) => person.role).sort()).toEqual([
      'contributor',
      'facilitator',
      'lead',
      'observer',
    ]);
    expect(lead.permissions).toMatchObject({
      update: true,
      finalise: true,
      agree: true,
      copy: false,
    });
    expect(lead.permissions.contributeCapabilities).toHaveLength(6);

    const contributor = assessmentOverviewSchema.parse(
      (await team.as('contributor', { method: 'GET', url: url(id) })).json(),
    );
    expect(contributor.permissions).toMatchObject({
      update: false,
      agree: false,
      contributeCapabilities: ['victim'],
    });
  });

  it('changes the details with the version it was based on, and answers a stale one with 409 and the current summary', async () => {
    const id = await team.startAssessment();
    const change = (version: number, title: string) =>
      team.as('lead', {
        method: 'PATCH',
        url: url(id),
        payload: { ...ASSESSMENT_DETAILS, version, title },
      });
    const first = await change(1, 'Cycle 2026 (revised)');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Cycle 2026 (revised)', version: 2 });

    const stale = await change(1, 'Lost update');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ title: 'Cycle 2026 (revised)', version: 2 });

    const facilitator = await team.as('facilitator', {
      method: 'PATCH',
      url: url(id),
      payload: { ...ASSESSMENT_DETAILS, version: 2 },
    });
    expect(facilitator.statusCode).toBe(403);
  });

  it('validates every key in a route against the pinned framework version', async () => {
    const id = await team.startAssessment();
    const unknown = await team.as('lead', {
      method: 'PUT',
      url: url(id, '/indicators/leadership.9.9'),
      payload: { version: null, status: 'met' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe(
      'This assessment uses framework "mnr" version 2026.1, which has no indicator "leadership.9.9".',
    );
    const subDomain = await team.as('lead', { method: 'GET', url: url(id, '/sub-domains/nope') });
    expect(subDomain.statusCode).toBe(404);
    expect(subDomain.json().detail).toContain('no sub-domain "nope"');
    const enabler = await team.as('lead', {
      method: 'PUT',
      url: url(id, '/enablers/nope'),
      payload: { version: null, note: 'x' },
    });
    expect(enabler.statusCode).toBe(404);
  });

  it('finalises once, then refuses every write with 409 while reads go on', async () => {
    const id = await team.startAssessment();
    const finalise = (version: number) =>
      team.as('lead', { method: 'POST', url: url(id, '/finalise'), payload: { version } });
    expect((await finalise(1)).json()).toMatchObject({ state: 'finalised', version: 2 });

    const today = new Date().toISOString().slice(0, 10);
    const refusal = `This assessment was finalised on ${today}; start a new cycle to change it.`;
    const writes = [
      finalise(2),
      team.as('lead', {
        method: 'PATCH',
        url: url(id),
        payload: { ...ASSESSMENT_DETAILS, version: 2 },
      }),
      team.as('lead', {
        method: 'PUT',
        url: url(id, '/indicators/leadership.1.1'),
        payload: { version: null, status: 'met' },
      }),
      team.as('lead', {
        method: 'POST',
        url: url(id, '/indicators/leadership.1.1/links'),
        payload: { url: 'https://example.org' },
      }),
      team.as(
        'lead',
        uploadRequest(id, 'leadership.1.1', {
          bytes: SAMPLE_FILES.pdf,
          type: 'application/pdf',
          name: 'late.pdf',
        }),
      ),
      team.as('lead', {
        method: 'PUT',
        url: url(id, '/sub-domains/leadership/proposal'),
        payload: { version: null, stage: 1 },
      }),
      team.as('lead', {
        method: 'POST',
        url: url(id, '/sub-domains/leadership/posts'),
        payload: { body: 'Too late' },
      }),
      team.as('facilitator', {
        method: 'PUT',
        url: url(id, '/sub-domains/leadership/result'),
        payload: { version: null, result: { kind: 'not-assessed' } },
      }),
      team.as('lead', {
        method: 'PUT',
        url: url(id, '/enablers/data-and-evidence'),
        payload: { version: null, note: 'Too late' },
      }),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json()).toMatchObject({
        type: '/problems/assessment-finalised',
        detail: refusal,
      });
    }

    const workspace = subDomainWorkspaceSchema.parse(
      (
        await team.as('observer', { method: 'GET', url: url(id, '/sub-domains/leadership') })
      ).json(),
    );
    expect(workspace).toMatchObject({ readOnly: true, canContribute: false, canAgree: false });
    const overview = (await team.as('lead', { method: 'GET', url: url(id) })).json();
    expect(overview.permissions).toMatchObject({ update: false, finalise: false, copy: true });
    expect(overview.permissions.contributeCapabilities).toEqual([]);
  });

  it('starts a new cycle from a finalised one, pre-filled and then editable', async () => {
    const id = await team.startAssessment();
    const put = (path: string, payload: unknown, role: 'lead' | 'facilitator' = 'lead') =>
      team.as(role, { method: 'PUT', url: url(id, path), payload });
    await put('/indicators/leadership.1.1', {
      version: null,
      status: 'met',
      evidenceText: 'Decree 12/2025',
    });
    await team.as('lead', {
      method: 'POST',
      url: url(id, '/indicators/leadership.1.1/links'),
      payload: { url: 'https://example.org/decree', label: 'Decree' },
    });
    const upload = await team.as(
      'lead',
      uploadRequest(id, 'leadership.1.1', {
        bytes: SAMPLE_FILES.pdf,
        type: 'application/pdf',
        name: 'decree.pdf',
      }),
    );
    expect(upload.statusCode).toBe(201);
    await put(
      '/sub-domains/leadership/result',
      { version: null, result: { kind: 'stage', stage: 2, rationale: 'Agreed in plenary.' } },
      'facilitator',
    );
    await put(
      '/capabilities/victim/result',
      {
        version: null,
        result: { kind: 'not-applicable', reason: 'Handled by the federal states' },
      },
      'facilitator',
    );
    await put('/enablers/data-and-evidence', { version: null, note: 'Shared monthly' });
    await put('/sub-domains/leadership/proposal', { version: null, stage: 2 });

    const notYet = await team.as('lead', {
      method: 'POST',
      url: `/api/organisations/${team.organisationId}/assessments`,
      payload: { ...ASSESSMENT_DETAILS, copyFromId: id },
    });
    expect(notYet.statusCode).toBe(422);
    expect(notYet.json().errors[0].path).toBe('body.copyFromId');

    await team.as('lead', { method: 'POST', url: url(id, '/finalise'), payload: { version: 1 } });
    const copyId = await team.startAssessment({ title: 'Cycle 2028', copyFromId: id });
    const overview = assessmentOverviewSchema.parse(
      (await team.as('lead', { method: 'GET', url: url(copyId) })).json(),
    );
    expect(overview.assessment).toMatchObject({
      copiedFromId: id,
      state: 'draft',
      title: 'Cycle 2028',
    });
    expect(overview.subDomains[0]).toMatchObject({
      result: { kind: 'stage', stage: 2, rationale: 'Agreed in plenary.' },
      indicatorsRated: 1,
      proposals: 0,
    });
    expect(overview.capabilities.find((item) => item.key === 'victim')?.result).toEqual({
      kind: 'not-applicable',
      reason: 'Handled by the federal states',
    });
    expect(overview.enablers.find((item) => item.key === 'data-and-evidence')?.note).toBe(
      'Shared monthly',
    );
    const workspace = subDomainWorkspaceSchema.parse(
      (
        await team.as('lead', { method: 'GET', url: url(copyId, '/sub-domains/leadership') })
      ).json(),
    );
    const rating = workspace.ratings.find((item) => item.key === 'leadership.1.1');
    expect(rating).toMatchObject({ status: 'met', evidenceText: 'Decree 12/2025' });
    expect(rating?.links.map((link) => link.url)).toEqual(['https://example.org/decree']);
    expect(rating?.files.map((file) => file.name)).toEqual(['decree.pdf']);
    expect(rating?.stamp?.version).toBe(1);
    expect(workspace.proposals).toEqual([]);

    const edited = await team.as('lead', {
      method: 'PUT',
      url: url(copyId, '/indicators/leadership.1.1'),
      payload: { version: 1, status: 'partly-met', evidenceText: 'Decree lapsed' },
    });
    expect(edited.json()).toMatchObject({ status: 'partly-met', stamp: { version: 2 } });
    const original = subDomainWorkspaceSchema.parse(
      (await team.as('lead', { method: 'GET', url: url(id, '/sub-domains/leadership') })).json(),
    );
    expect(original.ratings[0]).toMatchObject({ status: 'met', evidenceText: 'Decree 12/2025' });
    expect(await verifyAuditChain(testApp.app.db)).toMatchObject({ intact: true });
  });
});
