import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentOverviewSchema,
  type AssessmentOverview,
} from '../../domain/assessment/api/index.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import {
  addMember,
  createAssessment,
  createInvite,
  createJurisdiction,
  createSession,
  createUser,
} from '../test-support/factories.js';
import { send, type TestRequest } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { GUIDE_STEPS } from './xlsx/workbook-texts.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The completion guide on the assessment page and on the workbook's first sheet, side by side:
 * the team's four people were added to the organisation directly, none of them invited.
 */
describe.each(testDatabaseKinds())('completion guide on the web and in Excel on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let id: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
    id = await team.startAssessment();
  });
  afterAll(() => testApp.close());

  /** Someone who may read the assessment: the team's observer unless said otherwise. */
  type Reader = (request: TestRequest) => ReturnType<Team['as']>;
  const observer: Reader = (request) => team.as('observer', request);

  async function webGuide(assessmentId: string, as: Reader): Promise<AssessmentOverview['guide']> {
    const response = await as({ method: 'GET', url: `/api/assessments/${assessmentId}` });
    expect(response.statusCode, response.body).toBe(200);
    return assessmentOverviewSchema.parse(response.json()).guide;
  }

  /** Each step's title and its "done of total" cell, as the workbook's first sheet writes them. */
  async function workbookGuide(assessmentId: string, as: Reader): Promise<Map<string, string>> {
    const response = await as({
      method: 'GET',
      url: `/api/assessments/${assessmentId}/export?format=xlsx`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Completion guide');
    if (!sheet) throw new Error('the workbook has no completion guide');
    const titles = new Set(Object.values(GUIDE_STEPS).map(({ title }) => title));
    const cells = new Map<string, string>();
    sheet.eachRow((row) => {
      const title = String(row.getCell(2).value ?? '');
      if (titles.has(title)) cells.set(title, String(row.getCell(4).value ?? ''));
    });
    return cells;
  }

  async function expectAgreement(
    assessmentId = id,
    as = observer,
  ): Promise<AssessmentOverview['guide']> {
    const [web, workbook] = await Promise.all([
      webGuide(assessmentId, as),
      workbookGuide(assessmentId, as),
    ]);
    expect([...workbook.keys()]).toEqual(web.steps.map(({ step }) => GUIDE_STEPS[step].title));
    for (const step of web.steps) {
      // Sharing is decided in the application; the workbook points there instead of counting.
      if (step.step === 'share') continue;
      expect(workbook.get(GUIDE_STEPS[step.step].title), step.step).toBe(
        `${step.done} of ${step.total}`,
      );
    }
    return web;
  }

  it('counts people added directly as convened, on the page and in the workbook alike', async () => {
    const guide = await expectAgreement();
    expect(guide.steps.slice(0, 2)).toEqual([
      { step: 'prepare', state: 'done', done: 2, total: 2, percent: 100 },
      { step: 'convene', state: 'done', done: 4, total: 4, percent: 100 },
    ]);
    expect(guide.currentStep).toBe('assess');
  });

  it('waits in both on an open invitation, but not on one withdrawn or expired', async () => {
    const db = testApp.app.db;
    const invitedBy = team.sessions.lead.userId;
    const organisationId = team.organisationId;
    await createInvite(db, { organisationId, invitedBy });
    await createInvite(db, {
      organisationId,
      invitedBy,
      createdAt: new Date(Date.now() - 48 * HOUR_MS),
      expiresAt: new Date(Date.now() - HOUR_MS),
    });
    const withdrawn = await createInvite(db, { organisationId, invitedBy });
    await db
      .updateTable('invites')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', withdrawn.id)
      .execute();

    const guide = await expectAgreement();
    expect(guide.steps[1]).toEqual({
      step: 'convene',
      state: 'in-progress',
      done: 4,
      total: 5,
      percent: 80,
    });
    expect(guide.currentStep).toBe('convene');
  });

  it('has no share step in either for a jurisdiction, which does not share with the Alliance', async () => {
    const db = testApp.app.db;
    const jurisdiction = await createJurisdiction(db, team.organisationId);
    const lead = await createUser(db);
    await addMember(db, jurisdiction.id, lead.id, 'lead');
    const session = await createSession(db, lead.id);
    const regional = await createAssessment(db, jurisdiction.id, lead.id);

    const guide = await expectAgreement(regional.id, (request) =>
      send(testApp.app, session, request),
    );
    expect(guide.steps.map(({ step }) => step)).toEqual([
      'prepare',
      'convene',
      'assess',
      'agree',
      'plan',
    ]);
    const national = await webGuide(id, observer);
    expect(national.steps.at(-1)?.step).toBe('share');
  });
});
