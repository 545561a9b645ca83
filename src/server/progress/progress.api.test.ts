import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cycleComparisonSchema,
  nationalViewSchema,
  organisationProgressSchema,
} from '../../domain/assessment/api/index.js';
import type { AgreedResult, PlanItemStatus } from '../../domain/assessment/index.js';
import { loadConfig } from '../config.js';
import type { Db } from '../db/database.js';
import type { AgreedResultScope } from '../db/schema.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { testClock } from '../test-support/clock.js';
import {
  createAssessment,
  createMember,
  createOrganisation,
  createSession,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

const stage = (value: 1 | 2 | 3 | 4): AgreedResult => ({
  kind: 'stage',
  stage: value,
  rationale: 'Agreed in the workshop.',
});

async function storeResult(
  db: Db,
  assessmentId: string,
  userId: string,
  scope: AgreedResultScope,
  key: string,
  result: AgreedResult,
) {
  const at = new Date().toISOString();
  await db
    .insertInto('agreed_results')
    .values({
      id: randomUUID(),
      assessment_id: assessmentId,
      scope,
      subject_key: key,
      result: JSON.stringify(result),
      created_at: at,
      updated_at: at,
      updated_by: userId,
      version: 1,
    })
    .execute();
}

async function storePlanItem(
  db: Db,
  assessmentId: string,
  userId: string,
  item: { title: string; subDomainKey: string; status: PlanItemStatus; targetDate: string | null },
) {
  const at = new Date().toISOString();
  await db
    .insertInto('plan_items')
    .values({
      id: randomUUID(),
      assessment_id: assessmentId,
      title: item.title,
      description: '',
      sub_domain_key: item.subDomainKey,
      indicator_keys: '[]',
      target_stage: 3,
      owner_body: 'Ministry of Justice',
      contact: '',
      priority: 'high',
      start_date: null,
      target_date: item.targetDate,
      status: item.status,
      resources_note: '',
      from_suggestion: null,
      created_at: at,
      updated_at: at,
      updated_by: userId,
      version: 1,
    })
    .execute();
}

describe('NEXT_ASSESSMENT_MONTHS', () => {
  it('sets the reassessment interval, 24 months unless configured', () => {
    expect(loadConfig({}).reassessmentMonths).toBe(24);
    expect(loadConfig({ NEXT_ASSESSMENT_MONTHS: '18' }).reassessmentMonths).toBe(18);
    expect(() => loadConfig({ NEXT_ASSESSMENT_MONTHS: '0' })).toThrow(/NEXT_ASSESSMENT_MONTHS/);
  });
});

describe.each(testDatabaseKinds())('progress over cycles on %s', (kind) => {
  const clock = testClock(new Date('2026-03-02T09:00:00.000Z'));
  let testApp: TestApp;
  let team: Team;
  let firstId: string;
  let secondId: string;

  const orgUrl = (rest: string) => `/api/organisations/${team.organisationId}${rest}`;

  async function agree(assessmentId: string, key: string, result: AgreedResult) {
    const response = await team.as('lead', {
      method: 'PUT',
      url: `/api/assessments/${assessmentId}/sub-domains/${key}/result`,
      payload: { version: null, result },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  beforeAll(async () => {
    testApp = await startTestApp(kind, { now: clock.now });
    team = await createTeam(testApp.app);
  });
  afterAll(() => testApp.close());

  it('says no assessment is due while none is finalised', async () => {
    const response = await team.as('observer', { method: 'GET', url: orgUrl('/progress') });
    expect(response.statusCode, response.body).toBe(200);
    expect(organisationProgressSchema.parse(response.json())).toEqual({
      organisationId: team.organisationId,
      cycles: [],
      lastFinalised: null,
      reassessmentMonths: 24,
      nextDue: null,
      overdue: false,
    });
  });

  it('lists every cycle oldest first with its stages, and the next due 24 months after sign-off', async () => {
    firstId = await team.startAssessment({
      title: 'First cycle',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    await agree(firstId, 'leadership', stage(2));
    await agree(firstId, 'legislation', stage(3));
    const lead = team.sessions.lead.userId;
    const db = testApp.app.db;
    await storePlanItem(db, firstId, lead, {
      title: 'Convene the oversight body twice a year',
      subDomainKey: 'leadership',
      status: 'done',
      targetDate: '2025-06-30',
    });
    await storePlanItem(db, firstId, lead, {
      title: 'Publish the national situational analysis',
      subDomainKey: 'research-analysis-monitoring',
      status: 'in-progress',
      targetDate: '2025-12-31',
    });
    await storePlanItem(db, firstId, lead, {
      title: 'Amend the criminal code',
      subDomainKey: 'legislation',
      status: 'blocked',
      targetDate: null,
    });
    const finalised = await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${firstId}/finalise`,
      payload: { version: 1 },
    });
    expect(finalised.statusCode, finalised.body).toBe(200);

    secondId = await team.startAssessment({
      title: 'Second cycle',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    await agree(secondId, 'leadership', stage(3));
    await agree(secondId, 'legislation', stage(2));
    await agree(secondId, 'takedown-procedures', stage(1));
    await agree(secondId, 'research-analysis-monitoring', {
      kind: 'not-applicable',
      reason: 'Covered by the regional observatory.',
    });

    const progress = organisationProgressSchema.parse(
      (await team.as('contributor', { method: 'GET', url: orgUrl('/progress') })).json(),
    );
    expect(
      progress.cycles.map(({ id, state, current, title }) => ({ id, state, current, title })),
    ).toEqual([
      { id: firstId, state: 'finalised', current: false, title: 'First cycle' },
      { id: secondId, state: 'draft', current: true, title: 'Second cycle' },
    ]);
    expect(progress.cycles[1]?.subDomains.slice(0, 3)).toEqual([
      { key: 'leadership', result: stage(3) },
      {
        key: 'research-analysis-monitoring',
        result: { kind: 'not-applicable', reason: 'Covered by the regional observatory.' },
      },
      { key: 'legislation', result: stage(2) },
    ]);
    expect(progress.cycles[0]?.subDomainTotals.stages).toEqual([
      { stage: 1, count: 0 },
      { stage: 2, count: 1 },
      { stage: 3, count: 1 },
      { stage: 4, count: 0 },
    ]);
    expect(progress).toMatchObject({
      lastFinalised: '2026-03-02',
      nextDue: '2028-03-02',
      overdue: false,
    });
  });

  it('compares two cycles and tells what became of the earlier plan', async () => {
    const response = await team.as('observer', {
      method: 'GET',
      url: orgUrl(`/comparison?earlier=${firstId}&later=${secondId}`),
    });
    expect(response.statusCode, response.body).toBe(200);
    const comparison = cycleComparisonSchema.parse(response.json());
    expect(comparison.earlier).toMatchObject({ id: firstId, title: 'First cycle' });
    expect(comparison.later).toMatchObject({ id: secondId, state: 'draft' });
    expect(comparison.subDomains.slice(0, 3)).toEqual([
      { key: 'leadership', kind: 'compared', earlier: 2, later: 3, delta: 1 },
      {
        key: 'research-analysis-monitoring',
        kind: 'not-comparable',
        earlier: 'not-assessed',
        later: 'not-applicable',
        earlierStage: null,
        laterStage: null,
      },
      { key: 'legislation', kind: 'compared', earlier: 3, later: 2, delta: -1 },
    ]);
    expect(comparison.subDomainSummary).toEqual({
      improved: 1,
      unchanged: 0,
      declined: 1,
      notComparable: 19,
      netChange: 0,
    });
    expect(comparison.subDomains[3]).toEqual({
      key: 'dedicated-law-enforcement',
      kind: 'not-comparable',
      earlier: 'not-assessed',
      later: 'not-assessed',
      earlierStage: null,
      laterStage: null,
    });
    expect(comparison.subDomains.find(({ key }) => key === 'takedown-procedures')).toEqual({
      key: 'takedown-procedures',
      kind: 'not-comparable',
      earlier: 'not-assessed',
      later: 'stage',
      earlierStage: null,
      laterStage: 1,
    });
    expect(comparison.capabilities).toHaveLength(6);
    expect(comparison.plan.total).toBe(3);
    expect(comparison.plan.percentDone).toBe(33);
    expect(
      comparison.plan.groups.map(({ status, items }) => [status, items.map((item) => item.title)]),
    ).toEqual([
      ['not-started', []],
      ['in-progress', ['Publish the national situational analysis']],
      ['done', ['Convene the oversight body twice a year']],
      ['blocked', ['Amend the criminal code']],
    ]);
  });

  it('refuses to compare a cycle with itself or with another organisation’s', async () => {
    const same = await team.as('lead', {
      method: 'GET',
      url: orgUrl(`/comparison?earlier=${firstId}&later=${firstId}`),
    });
    expect(same.statusCode).toBe(400);
    expect(same.json()).toMatchObject({
      type: '/problems/same-assessment',
      detail:
        'The earlier and the later assessment are the same one; choose two different cycles to compare.',
    });

    const other = await createOrganisation(testApp.app.db);
    const foreign = await createAssessment(testApp.app.db, other.id, team.sessions.lead.userId);
    const mixed = await team.as('lead', {
      method: 'GET',
      url: orgUrl(`/comparison?earlier=${foreign.id}&later=${secondId}`),
    });
    expect(mixed.statusCode).toBe(404);
    expect(mixed.json().detail).toBe(
      `This organisation has no assessment with id "${foreign.id}"; choose one of its own cycles.`,
    );

    const missing = await team.as('lead', {
      method: 'GET',
      url: orgUrl(`/comparison?earlier=${firstId}`),
    });
    expect(missing.statusCode).toBe(400);
  });

  it('has no national view for a centralised country', async () => {
    const response = await team.as('lead', { method: 'GET', url: orgUrl('/national-view') });
    expect(response.statusCode).toBe(400);
    expect(response.json().type).toBe('/problems/not-federal');
  });

  it('marks the next assessment overdue from the day after it is due', async () => {
    clock.advanceMinutes(2 * 366 * 24 * 60);
    // Sessions from before the jump in time have ended; sign in again at the new time.
    const session = await createSession(testApp.app.db, team.sessions.lead.userId, clock.now());
    const progress = organisationProgressSchema.parse(
      (await send(testApp.app, session, { method: 'GET', url: orgUrl('/progress') })).json(),
    );
    expect(progress).toMatchObject({ nextDue: '2028-03-02', overdue: true });
  });
});

describe.each(testDatabaseKinds())('national view on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });
  afterAll(() => testApp.close());

  it('summarises each sub-domain over the jurisdictions’ latest finalised assessments', async () => {
    const db = testApp.app.db;
    const nation = await createOrganisation(db, { government_system: 'federal' });
    const { user } = await createMember(db, nation.id, 'observer');
    const jurisdiction = (name: string) =>
      createOrganisation(db, {
        kind: 'jurisdiction',
        name,
        parent_id: nation.id,
        region: null,
        income_group: null,
        government_system: null,
      });
    const finalised = async (organisationId: string, periodStart: string) =>
      (
        await createAssessment(db, organisationId, user.id, {
          state: 'finalised',
          period_start: periodStart,
          period_end: periodStart.replace(/-01-01$/, '-12-31'),
          finalised_at: `${periodStart.slice(0, 4)}-12-31T12:00:00.000Z`,
        })
      ).id;
    const north = await jurisdiction('Northern State');
    const south = await jurisdiction('Southern State');
    const east = await jurisdiction('Eastern State');
    const west = await jurisdiction('Western State');

    const northCycle = await finalised(north.id, '2025-01-01');
    await storeResult(db, northCycle, user.id, 'sub-domain', 'leadership', stage(2));
    await storeResult(db, northCycle, user.id, 'sub-domain', 'legislation', stage(1));
    const southOld = await finalised(south.id, '2023-01-01');
    await storeResult(db, southOld, user.id, 'sub-domain', 'leadership', stage(1));
    const southNew = await finalised(south.id, '2025-01-01');
    await storeResult(db, southNew, user.id, 'sub-domain', 'leadership', stage(4));
    await storeResult(db, southNew, user.id, 'sub-domain', 'legislation', stage(2));
    await storeResult(db, southNew, user.id, 'capability', 'policy-governance', stage(2));
    // A draft never counts, however recent.
    const southDraft = (
      await createAssessment(db, south.id, user.id, { period_start: '2027-01-01' })
    ).id;
    await storeResult(db, southDraft, user.id, 'sub-domain', 'leadership', stage(1));
    const eastCycle = await finalised(east.id, '2024-01-01');
    await storeResult(db, eastCycle, user.id, 'sub-domain', 'leadership', stage(3));
    await storeResult(db, eastCycle, user.id, 'sub-domain', 'legislation', {
      kind: 'not-applicable',
      reason: 'Federal competence.',
    });

    const session = await createSession(db, user.id);
    const response = await send(testApp.app, session, {
      method: 'GET',
      url: `/api/organisations/${nation.id}/national-view`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const view = nationalViewSchema.parse(response.json());
    expect(
      view.jurisdictions.map(({ name, assessment }) => [name, assessment?.id ?? null]),
    ).toEqual([
      ['Eastern State', eastCycle],
      ['Northern State', northCycle],
      ['Southern State', southNew],
      ['Western State', null],
    ]);
    const [leadership, , legislation] = view.subDomains;
    expect(leadership).toEqual({
      key: 'leadership',
      min: 2,
      medianLow: 3,
      medianHigh: 3,
      max: 4,
      counts: [
        { stage: 1, count: 0 },
        { stage: 2, count: 1 },
        { stage: 3, count: 1 },
        { stage: 4, count: 1 },
      ],
      notApplicable: 0,
      notAssessed: 0,
      noAssessment: 1,
    });
    expect(legislation).toMatchObject({
      key: 'legislation',
      min: 1,
      medianLow: 1,
      medianHigh: 2,
      max: 2,
      notApplicable: 1,
      noAssessment: 1,
    });
    expect(view.capabilities[0]).toMatchObject({
      key: 'policy-governance',
      min: 2,
      max: 2,
      notAssessed: 2,
      noAssessment: 1,
    });
    expect(west.id).toBe(view.jurisdictions[3]?.id);
  });
});
