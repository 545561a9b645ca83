import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentOverviewSchema,
  type AssessmentOverview,
} from '../../domain/assessment/api/index.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { createInvite } from '../test-support/factories.js';
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

  async function webGuide(): Promise<AssessmentOverview['guide']> {
    const response = await team.as('observer', { method: 'GET', url: `/api/assessments/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return assessmentOverviewSchema.parse(response.json()).guide;
  }

  /** Each step's title and its "done of total" cell, as the workbook's first sheet writes them. */
  async function workbookGuide(): Promise<Map<string, string>> {
    const response = await team.as('observer', {
      method: 'GET',
      url: `/api/assessments/${id}/export?format=xlsx`,
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

  async function expectAgreement(): Promise<AssessmentOverview['guide']> {
    const [web, workbook] = await Promise.all([webGuide(), workbookGuide()]);
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
});
