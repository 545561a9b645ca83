import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  agreedResultViewSchema,
  indicatorRatingViewSchema,
  subDomainWorkspaceSchema,
} from '../../domain/assessment/api/index.js';
import { createTeam, type Role, type Team } from '../test-support/assessment-team.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('a sub-domain of an assessment on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let id: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
  });
  beforeEach(async () => {
    id = await team.startAssessment();
  });
  afterAll(() => testApp.close());

  const rate = (role: Role, indicator: string, payload: Record<string, unknown>) =>
    team.as(role, {
      method: 'PUT',
      url: `/api/assessments/${id}/indicators/${indicator}`,
      payload,
    });
  const agree = (payload: Record<string, unknown>, path = 'sub-domains/leadership') =>
    team.as('facilitator', {
      method: 'PUT',
      url: `/api/assessments/${id}/${path}/result`,
      payload,
    });
  const workspace = async (role: Role = 'lead', key = 'leadership') =>
    subDomainWorkspaceSchema.parse(
      (
        await team.as(role, { method: 'GET', url: `/api/assessments/${id}/sub-domains/${key}` })
      ).json(),
    );

  it('saves a rating and reads it back, bumping the version on each change', async () => {
    const created = await rate('contributor', 'end-to-end-support.1.1', {
      version: null,
      status: 'partly-met',
      evidenceText: 'Two of five regions have a referral pathway.',
    });
    expect(created.statusCode).toBe(200);
    expect(indicatorRatingViewSchema.parse(created.json())).toMatchObject({
      key: 'end-to-end-support.1.1',
      status: 'partly-met',
      evidenceText: 'Two of five regions have a referral pathway.',
      links: [],
      files: [],
      stamp: { version: 1 },
    });
    const updated = await rate('facilitator', 'end-to-end-support.1.1', {
      version: 1,
      status: 'met',
      evidenceText: 'All regions now.',
    });
    expect(updated.json()).toMatchObject({ status: 'met', stamp: { version: 2 } });

    const read = await workspace('observer', 'end-to-end-support');
    expect(read.ratings.find((rating) => rating.key === 'end-to-end-support.1.1')).toEqual(
      updated.json(),
    );
    expect(read).toMatchObject({ capabilityKey: 'victim', canContribute: false, readOnly: false });
    expect(read.ratings).toHaveLength(
      read.stageCounts.reduce((sum, stage) => sum + stage.total, 0),
    );
    expect(read.stageCounts[0]).toMatchObject({ stage: 1, met: 1 });
  });

  it('never overwrites silently: stale, missing and already-created versions get 409 with the current rating', async () => {
    await rate('lead', 'leadership.1.1', { version: null, status: 'met' });
    await rate('facilitator', 'leadership.1.1', { version: 1, status: 'not-met' });

    const stale = await rate('lead', 'leadership.1.1', { version: 1, status: 'unknown' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(
      /^The rating of leadership\.1\.1 was changed by .+ after you opened it/,
    );
    expect(indicatorRatingViewSchema.parse(stale.json().current)).toMatchObject({
      status: 'not-met',
      stamp: { version: 2 },
    });

    const exists = await rate('lead', 'leadership.1.1', { version: null, status: 'met' });
    expect(exists.statusCode).toBe(409);
    expect(exists.json().current.stamp.version).toBe(2);

    const missing = await rate('lead', 'leadership.1.2', { version: 3, status: 'met' });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().current).toMatchObject({
      key: 'leadership.1.2',
      status: null,
      stamp: null,
    });

    expect((await workspace()).ratings[0]).toMatchObject({
      status: 'not-met',
      stamp: { version: 2 },
    });
  });

  it('lets contributors change only the capabilities in their scope, and observers nothing', async () => {
    const outOfScope = await rate('contributor', 'leadership.1.1', {
      version: null,
      status: 'met',
    });
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json().detail).toContain('policy-governance is outside your scope');
    const proposal = await team.as('contributor', {
      method: 'PUT',
      url: `/api/assessments/${id}/sub-domains/leadership/proposal`,
      payload: { version: null, stage: 2 },
    });
    expect(proposal.statusCode).toBe(403);
    const link = await team.as('contributor', {
      method: 'POST',
      url: `/api/assessments/${id}/indicators/leadership.1.1/links`,
      payload: { url: 'https://example.org' },
    });
    expect(link.statusCode).toBe(403);

    const observer = await rate('observer', 'end-to-end-support.1.1', {
      version: null,
      status: 'met',
    });
    expect(observer.statusCode).toBe(403);
    expect(observer.json().detail).toBe('Observers can follow the assessment but not change it.');
    const contributorAgrees = await team.as('contributor', {
      method: 'PUT',
      url: `/api/assessments/${id}/sub-domains/end-to-end-support/result`,
      payload: { version: null, result: { kind: 'not-assessed' } },
    });
    expect(contributorAgrees.statusCode).toBe(403);
  });

  it('requires a rationale when the agreed stage differs from the suggestion, and none when it matches', async () => {
    const departing = await agree({ version: null, result: { kind: 'stage', stage: 2 } });
    expect(departing.statusCode).toBe(422);
    expect(departing.json()).toMatchObject({
      detail:
        'You agreed stage 2 where the indicators suggest no stage yet: add a rationale that explains the difference.',
      errors: [{ path: 'body.result.rationale' }],
    });

    for (const index of [1, 2, 3, 4]) {
      await rate('lead', `leadership.1.${index}`, { version: null, status: 'met' });
    }
    const matching = await agree({ version: null, result: { kind: 'stage', stage: 1 } });
    expect(matching.statusCode).toBe(200);
    expect(agreedResultViewSchema.parse(matching.json())).toMatchObject({
      key: 'leadership',
      result: { kind: 'stage', stage: 1, rationale: '' },
      stamp: { version: 1 },
      suggestedStage: 1,
    });

    const noReason = await agree({ version: 1, result: { kind: 'not-applicable', reason: ' ' } });
    expect(noReason.statusCode).toBe(400);

    const read = await workspace();
    expect(read.result).toEqual({ kind: 'stage', stage: 1, rationale: '' });
    expect(read.resultStamp?.version).toBe(1);
    expect(read.warnings).toEqual([]);
  });

  it('answers a stale result with 409 and the result as it stands, with its stamp', async () => {
    const first = { kind: 'stage', stage: 3, rationale: 'Coordinated across sectors.' };
    expect((await agree({ version: null, result: first })).statusCode).toBe(200);
    const stale = await agree({
      version: null,
      result: { kind: 'stage', stage: 1, rationale: 'Earlier view' },
    });
    expect(stale.statusCode).toBe(409);
    expect(agreedResultViewSchema.parse(stale.json().current)).toMatchObject({
      result: first,
      stamp: { version: 1 },
      suggestedStage: 0,
    });
    const read = await workspace();
    expect(read.warnings.map((warning) => warning.type)).toEqual([
      'agreed-above-suggestion',
      'unmet-at-or-below-agreed',
    ]);
  });

  it('agrees a capability against the roll-up of its sub-domains', async () => {
    const early = await agree(
      { version: null, result: { kind: 'stage', stage: 1 } },
      'capabilities/media-communications',
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('there is no suggested stage yet');

    const reason = 'Agreed in the March workshop.';
    for (const key of ['ethical-media-reporting', 'universal-terminology']) {
      await agree(
        { version: null, result: { kind: 'stage', stage: 2, rationale: reason } },
        `sub-domains/${key}`,
      );
    }
    const rolledUp = await agree(
      { version: null, result: { kind: 'stage', stage: 2 } },
      'capabilities/media-communications',
    );
    expect(rolledUp.statusCode).toBe(200);
    expect(rolledUp.json()).toMatchObject({ suggestedStage: 2, stamp: { version: 1 } });
    const overview = (
      await team.as('observer', { method: 'GET', url: `/api/assessments/${id}` })
    ).json();
    expect(
      overview.capabilities.find((item: { key: string }) => item.key === 'media-communications'),
    ).toMatchObject({ suggestedStage: 2, spread: { min: 2, max: 2 }, stamp: { version: 1 } });
    expect(overview.progress).toMatchObject({ done: 3, total: 27 });
  });

  it('keeps each person’s proposal and the discussion, and the history of every change, newest first', async () => {
    const propose = (role: Role, payload: Record<string, unknown>) =>
      team.as(role, {
        method: 'PUT',
        url: `/api/assessments/${id}/sub-domains/leadership/proposal`,
        payload,
      });
    expect(
      (await propose('lead', { version: null, stage: 2, comment: 'Plan adopted' })).statusCode,
    ).toBe(200);
    expect((await propose('facilitator', { version: null, stage: 1 })).statusCode).toBe(200);
    const revised = await propose('lead', { version: 1, stage: 3, comment: 'Budgeted too' });
    expect(revised.json()).toMatchObject({ stage: 3, version: 2, comment: 'Budgeted too' });
    const stale = await propose('lead', { version: 1, stage: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ stage: 3, version: 2 });

    const post = await team.as('facilitator', {
      method: 'POST',
      url: `/api/assessments/${id}/sub-domains/leadership/posts`,
      payload: { body: 'Do we have the minutes?' },
    });
    expect(post.statusCode).toBe(201);
    await rate('lead', 'leadership.1.1', { version: null, status: 'met' });
    await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${id}/indicators/leadership.1.1/links`,
      payload: { url: 'https://example.org/minutes', label: 'Minutes' },
    });
    await agree({ version: null, result: { kind: 'not-applicable', reason: 'No such body' } });

    const read = await workspace('observer');
    expect(read.proposals.map((proposal) => proposal.stage)).toEqual([3, 1]);
    expect(read.posts).toMatchObject([{ body: 'Do we have the minutes?' }]);
    expect(read.history.map((entry) => [entry.action, entry.subject])).toEqual([
      ['sub-domain-result.set', 'result'],
      ['evidence-link.add', 'leadership.1.1'],
      ['indicator-rating.create', 'leadership.1.1'],
      ['discussion-post.create', 'post'],
      ['stage-proposal.update', 'proposal'],
      ['stage-proposal.create', 'proposal'],
      ['stage-proposal.create', 'proposal'],
    ]);
    expect(read.history[2]).toMatchObject({
      actor: { id: team.sessions.lead.userId },
      summary: { status: 'met', previousStatus: null },
    });
    const other = await workspace('lead', 'legislation');
    expect(other.history).toEqual([]);
  });
});
