import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actionPlanViewSchema,
  planItemViewSchema,
  planSuggestionViewSchema,
} from '../../domain/plan/plan.schemas.js';
import { verifyAuditChain } from '../audit/audit.queries.js';
import { createTeam, type Role, type Team } from '../test-support/assessment-team.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

const ITEM = {
  title: 'Appoint a national coordinator',
  subDomainKey: 'leadership',
  indicatorKeys: ['leadership.2.1'],
  targetStage: 2,
  ownerBody: 'Ministry of Justice',
  contact: 'coordination@justice.example',
  priority: 'high',
  startDate: '2026-02-01',
  targetDate: '2026-09-30',
  status: 'not-started',
  resourcesNote: 'One post in the 2026 budget.',
};

describe.each(testDatabaseKinds())('the action plan on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let id: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
  });
  beforeEach(async () => {
    id = await team.startAssessment();
    const agreed = await team.as('facilitator', {
      method: 'PUT',
      url: `/api/assessments/${id}/sub-domains/leadership/result`,
      payload: {
        version: null,
        result: { kind: 'stage', stage: 1, rationale: 'Agreed in the March workshop.' },
      },
    });
    expect(agreed.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  const plan = async (role: Role = 'observer') => {
    const response = await team.as(role, { method: 'GET', url: `/api/assessments/${id}/plan` });
    expect(response.statusCode).toBe(200);
    return actionPlanViewSchema.parse(response.json());
  };
  const create = (payload: Record<string, unknown>, role: Role = 'facilitator') =>
    team.as(role, { method: 'POST', url: `/api/assessments/${id}/plan-items`, payload });
  const update = (itemId: string, payload: Record<string, unknown>, role: Role = 'lead') =>
    team.as(role, { method: 'PUT', url: `/api/assessments/${id}/plan-items/${itemId}`, payload });
  const remove = (itemId: string, version: number) =>
    team.as('lead', {
      method: 'DELETE',
      url: `/api/assessments/${id}/plan-items/${itemId}`,
      payload: { version },
    });
  const decide = (indicatorKey: string, payload: Record<string, unknown>) =>
    team.as('facilitator', {
      method: 'PUT',
      url: `/api/assessments/${id}/plan-suggestions/${indicatorKey}`,
      payload,
    });
  const created = async (payload: Record<string, unknown> = ITEM) => {
    const response = await create(payload);
    expect(response.statusCode, response.body).toBe(201);
    return planItemViewSchema.parse(response.json());
  };

  it('suggests actions from the agreed stage: the gaps below it, then the next stage', async () => {
    const view = await plan();
    expect(view).toMatchObject({ assessmentId: id, canEdit: false, items: [] });
    expect(view.suggestions.map((suggestion) => suggestion.indicatorKey)).toEqual([
      'leadership.1.1',
      'leadership.1.2',
      'leadership.1.3',
      'leadership.1.4',
      'leadership.2.1',
      'leadership.2.2',
      'leadership.2.3',
      'leadership.2.4',
    ]);
    expect(view.suggestions[0]).toEqual({
      subDomainKey: 'leadership',
      capabilityKey: 'policy-governance',
      indicatorKey: 'leadership.1.1',
      targetStage: 1,
      reason: 'gap-below',
      rating: 'unrated',
      state: 'open',
      decisionVersion: null,
    });
    expect(view.suggestions[4]).toMatchObject({ targetStage: 2, reason: 'next-stage' });
    expect((await plan('facilitator')).canEdit).toBe(true);
  });

  it('creates, edits and removes an item; stale versions get 409 with the current item', async () => {
    const item = await created();
    expect(item).toMatchObject({
      ...ITEM,
      capabilityKey: 'policy-governance',
      description: '',
      fromSuggestion: null,
      stamp: { version: 1 },
    });
    expect((await plan()).items).toEqual([item]);

    const edited = await update(item.id, { ...ITEM, version: 1, status: 'in-progress' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'in-progress', stamp: { version: 2 } });

    const stale = await update(item.id, { ...ITEM, version: 1, status: 'blocked' }, 'facilitator');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(
      /^The plan item "Appoint a national coordinator" was changed by .+ after you opened it/,
    );
    expect(planItemViewSchema.parse(stale.json().current)).toMatchObject({
      status: 'in-progress',
      stamp: { version: 2 },
    });

    expect((await remove(item.id, 1)).statusCode).toBe(409);
    expect((await remove(item.id, 2)).statusCode).toBe(204);
    expect((await plan()).items).toEqual([]);
    expect((await remove(item.id, 2)).statusCode).toBe(404);

    const history = await testApp.app.db
      .selectFrom('assessment_changes')
      .innerJoin('audit_events', 'audit_events.seq', 'assessment_changes.audit_seq')
      .select(['audit_events.action', 'assessment_changes.subject'])
      .where('assessment_changes.assessment_id', '=', id)
      .where('assessment_changes.subject', '=', 'plan')
      .orderBy('assessment_changes.audit_seq')
      .execute();
    expect(history.map((entry) => entry.action)).toEqual([
      'plan-item.create',
      'plan-item.update',
      'plan-item.delete',
    ]);
    expect((await verifyAuditChain(testApp.app.db)).intact).toBe(true);
  });

  it('marks a suggestion accepted once an item comes from it, and dismisses or offers one again', async () => {
    await created({
      ...ITEM,
      title: 'A written mandate for the coordinating body',
      indicatorKeys: ['leadership.1.1'],
      targetStage: 1,
      fromSuggestion: 'leadership.1.1',
    });
    const dismissed = await decide('leadership.1.2', { version: null, dismissed: true });
    expect(dismissed.statusCode).toBe(200);
    expect(planSuggestionViewSchema.parse(dismissed.json())).toMatchObject({
      state: 'dismissed',
      decisionVersion: 1,
    });
    const states = (await plan()).suggestions.slice(0, 3).map((suggestion) => suggestion.state);
    expect(states).toEqual(['accepted', 'dismissed', 'open']);

    const stale = await decide('leadership.1.2', { version: null, dismissed: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ state: 'dismissed', decisionVersion: 1 });
    const offered = await decide('leadership.1.2', { version: 1, dismissed: false });
    expect(offered.json()).toMatchObject({ state: 'open', decisionVersion: 2 });

    const notSuggested = await decide('leadership.3.1', { version: null, dismissed: true });
    expect(notSuggested.statusCode).toBe(404);
    expect(notSuggested.json().detail).toContain('leadership.3.1 is not suggested');
    expect((await decide('leadership.9.9', { version: null, dismissed: true })).statusCode).toBe(
      404,
    );
  });

  it('keeps the plan editable after the assessment is finalised', async () => {
    const item = await created();
    const finalised = await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${id}/finalise`,
      payload: { version: 1 },
    });
    expect(finalised.json()).toMatchObject({ state: 'finalised' });

    const done = await update(item.id, { ...ITEM, version: 1, status: 'done' }, 'facilitator');
    expect(done.statusCode).toBe(200);
    expect((await created({ ...ITEM, title: 'Review the mandate' })).status).toBe('not-started');
    expect((await decide('leadership.1.3', { version: null, dismissed: true })).statusCode).toBe(
      200,
    );
    expect((await plan()).suggestions).toHaveLength(8);
  });

  it('answers bad input with the field to fix', async () => {
    const dates = await create({ ...ITEM, startDate: '2026-10-01' });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().errors).toContainEqual({
      path: 'body.targetDate',
      message: 'the target date must be on or after the start date',
    });

    const otherSubDomain = await create({ ...ITEM, indicatorKeys: ['legislation.1.1'] });
    expect(otherSubDomain.statusCode).toBe(400);
    expect(otherSubDomain.json().errors).toContainEqual({
      path: 'body.indicatorKeys.0',
      message: 'indicator legislation.1.1 is not in sub-domain leadership',
    });

    const unknown = await create({ ...ITEM, indicatorKeys: ['leadership.2.1', 'leadership.4.9'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      {
        path: 'body.indicatorKeys.1',
        message: expect.stringContaining('no indicator "leadership.4.9"'),
      },
    ]);

    const suggestionElsewhere = await create({ ...ITEM, fromSuggestion: 'legislation.1.1' });
    expect(suggestionElsewhere.statusCode).toBe(422);
    expect(suggestionElsewhere.json().errors[0].path).toBe('body.fromSuggestion');

    const untitled = await create({ ...ITEM, title: '  ' });
    expect(untitled.json().errors).toContainEqual({
      path: 'body.title',
      message: 'say what is to be done',
    });
    expect((await plan()).items).toEqual([]);
  });

  it('lets leads and facilitators keep the plan, and everyone else read it', async () => {
    expect((await create(ITEM, 'contributor')).statusCode).toBe(403);
    expect((await create(ITEM, 'observer')).statusCode).toBe(403);
    expect((await create(ITEM, 'outsider')).statusCode).toBe(404);
    expect((await create(ITEM, 'lead')).statusCode).toBe(201);
    expect((await plan('contributor')).items).toHaveLength(1);
  });
});
