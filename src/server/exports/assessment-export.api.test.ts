import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  assessmentDocumentSchema,
  assessmentImportResultSchema,
  type AssessmentDocument,
} from '../../domain/assessment-document/index.js';
import { PLAN_CSV_HEADER, STAGES_CSV_HEADER } from '../../domain/exports/index.js';
import { closeReportBrowser } from './pdf/index.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { SAMPLE_FILES, uploadRequest } from '../test-support/evidence-samples.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

const ARABIC = 'محضر اجتماع اللجنة الوطنية';
const CHINESE = '国家监督委员会每年开会两次';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORMULA = '=HYPERLINK("http://example.org/x","click")';

/** Tables an import writes to, counted to show a refused file changes nothing. */
const TABLES = [
  'assessments',
  'indicator_ratings',
  'evidence_links',
  'evidence_files',
  'agreed_results',
  'enabler_notes',
  'plan_items',
  'plan_suggestion_decisions',
  'audit_events',
] as const;

describe.each(testDatabaseKinds())('assessment export and import on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let id: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
  });
  afterAll(async () => {
    await closeReportBrowser();
    await testApp.close();
  });

  const ok = async (response: { statusCode: number; body: string }, status = 200) => {
    expect(response.statusCode, response.body).toBe(status);
    return response;
  };

  /** An assessment with something in every part of the record, written through the API. */
  beforeEach(async () => {
    id = await team.startAssessment({ title: `تقييم ${CHINESE}` });
    const put = (url: string, payload: unknown) =>
      team.as('lead', { method: 'PUT', url: `/api/assessments/${id}${url}`, payload }).then(ok);
    const post = (url: string, payload: unknown) =>
      team
        .as('lead', { method: 'POST', url: `/api/assessments/${id}${url}`, payload })
        .then((response) => ok(response, 201));
    for (const key of ['leadership.1.1', 'leadership.1.2', 'leadership.1.3', 'leadership.1.4']) {
      await put(`/indicators/${key}`, {
        version: null,
        status: 'met',
        evidenceText: `${ARABIC}\n${CHINESE}`,
      });
    }
    await put('/indicators/leadership.2.1', {
      version: null,
      status: 'partly-met',
      evidenceText: FORMULA,
    });
    await put('/indicators/legislation.1.1', {
      version: null,
      status: 'not-met',
      evidenceText: '-3',
    });
    await post('/indicators/leadership.1.1/links', {
      url: 'https://example.gov/decree-12',
      label: 'Decree 12',
    });
    await post('/indicators/leadership.1.1/links', {
      url: 'https://example.gov/minutes',
      label: '',
    });
    await team
      .as(
        'lead',
        uploadRequest(id, 'leadership.1.2', {
          bytes: SAMPLE_FILES.pdf,
          type: 'application/pdf',
          name: 'تقرير.pdf',
        }),
      )
      .then((response) => ok(response, 201));
    await put('/sub-domains/leadership/result', {
      version: null,
      result: { kind: 'stage', stage: 2, rationale: `${FORMULA} ${ARABIC}` },
    });
    await put('/sub-domains/research-analysis-monitoring/result', {
      version: null,
      result: { kind: 'not-applicable', reason: 'No research body exists yet.' },
    });
    await put('/capabilities/policy-governance/result', {
      version: null,
      result: { kind: 'stage', stage: 1, rationale: 'Two sub-domains are still open.' },
    });
    await put('/enablers/data-and-evidence', { version: null, note: CHINESE });
    await post('/plan-items', {
      title: FORMULA,
      subDomainKey: 'leadership',
      indicatorKeys: ['leadership.2.1'],
      targetStage: 2,
      contact: '+44 20 7946 0958',
      priority: 'high',
      startDate: '2026-04-01',
      targetDate: '2026-09-30',
      description: ARABIC,
    });
    await post('/plan-items', { title: 'Fund the hotline', subDomainKey: 'legislation' });
    await put('/sub-domains/legislation/result', {
      version: null,
      result: { kind: 'stage', stage: 1, rationale: 'Agreed in the March workshop.' },
    });
    await put('/plan-suggestions/legislation.1.1', { version: null, dismissed: true });
    await put('/sub-domains/leadership/proposal', {
      version: null,
      stage: 2,
      comment: 'Nearly there.',
    });
    await post('/sub-domains/leadership/posts', { body: CHINESE });
  });

  const exportAs = (format: string, role: 'lead' | 'observer' = 'observer') =>
    team.as(role, { method: 'GET', url: `/api/assessments/${id}/export?format=${format}` });

  const exportDocument = async (assessmentId = id): Promise<AssessmentDocument> => {
    const response = await team.as('observer', {
      method: 'GET',
      url: `/api/assessments/${assessmentId}/export?format=json`,
    });
    await ok(response);
    return assessmentDocumentSchema.parse(JSON.parse(response.body));
  };

  const importFile = (
    body: string | Buffer,
    type = 'application/json',
    role: 'lead' | 'facilitator' = 'lead',
  ) =>
    team.as(role, {
      method: 'POST',
      url: `/api/organisations/${team.organisationId}/assessment-imports?name=export.json`,
      headers: { 'content-type': type },
      payload: body,
    });

  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await testApp.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      result[table] = Number(row.n);
    }
    return result;
  };

  it('exports the whole assessment as a document that matches what was recorded', async () => {
    const response = await exportAs('json');
    await ok(response);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"]+\.json"; filename\*=UTF-8''/,
    );
    expect(
      decodeURIComponent(String(response.headers['content-disposition']).split("UTF-8''")[1] ?? ''),
    ).toBe(`تقييم ${CHINESE} 2026-01-01.json`);
    const document = assessmentDocumentSchema.parse(JSON.parse(response.body));
    const { record } = document;
    expect(record.assessment.title).toBe(`تقييم ${CHINESE}`);
    expect(record.indicators).toHaveLength(
      new Set(record.indicators.map((entry) => entry.key)).size,
    );
    expect(record.indicators.length).toBeGreaterThan(200);
    const indicator = (key: string) => record.indicators.find((entry) => entry.key === key);
    expect(indicator('leadership.1.1')).toMatchObject({
      status: 'met',
      evidence: `${ARABIC}\n${CHINESE}`,
      links: [
        { url: 'https://example.gov/decree-12', label: 'Decree 12' },
        { url: 'https://example.gov/minutes', label: '' },
      ],
    });
    expect(indicator('leadership.1.2')?.files).toEqual([
      {
        name: 'تقرير.pdf',
        mediaType: 'application/pdf',
        bytes: SAMPLE_FILES.pdf.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(indicator('leadership.2.1')).toMatchObject({ status: 'partly-met', evidence: FORMULA });
    expect(indicator('leadership.4.1')).toMatchObject({
      status: null,
      evidence: '',
      links: [],
      files: [],
    });
    expect(record.subDomains).toHaveLength(21);
    expect(record.subDomains.find((entry) => entry.key === 'leadership')?.result).toEqual({
      kind: 'stage',
      stage: 2,
      rationale: `${FORMULA} ${ARABIC}`,
    });
    expect(
      record.subDomains.find((entry) => entry.key === 'research-analysis-monitoring')?.result.kind,
    ).toBe('not-applicable');
    expect(record.capabilities).toHaveLength(6);
    expect(record.enablers.find((entry) => entry.key === 'data-and-evidence')?.note).toBe(CHINESE);
    expect(record.plan.map((item) => item.title)).toEqual([FORMULA, 'Fund the hotline']);
    expect(record.plan[0]).toMatchObject({
      contact: '+44 20 7946 0958',
      indicatorKeys: ['leadership.2.1'],
      targetStage: 2,
    });
    expect(record.dismissedSuggestions).toEqual(['legislation.1.1']);
    expect(document.contributions.proposals).toEqual([
      { subDomainKey: 'leadership', by: expect.any(String), stage: 2, comment: 'Nearly there.' },
    ]);
    expect(document.contributions.discussion.map((post) => post.body)).toEqual([CHINESE]);
    expect(document.contributions.participants).toHaveLength(4);
    expect(document.source).toMatchObject({ assessmentId: id, state: 'draft', finalisedAt: null });
  });

  it('exports the stages and the plan as CSV that Excel reads, with formulas neutralised', async () => {
    const stages = await exportAs('csv-stages');
    await ok(stages);
    expect(stages.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(stages.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(stages.body).toContain('\r\n');
    const rows = parseCsv(stages.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...STAGES_CSV_HEADER]);
    expect(rows).toHaveLength(21);
    expect(rows[0]).toMatchObject({
      Number: '1',
      'Sub-domain key': 'leadership',
      Result: 'agreed',
      'Agreed stage': '2',
      'Suggested stage': '1',
      'Rationale or reason': `'${FORMULA} ${ARABIC}`,
    });
    expect(
      rows.find((row) => row['Sub-domain key'] === 'research-analysis-monitoring'),
    ).toMatchObject({
      Result: 'not applicable',
      'Agreed stage': '',
      'Rationale or reason': 'No research body exists yet.',
    });

    const plan = await exportAs('csv-plan');
    await ok(plan);
    const items = parseCsv(plan.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(items[0] ?? {})).toEqual([...PLAN_CSV_HEADER]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      Title: `'${FORMULA}`,
      Description: ARABIC,
      'Sub-domain number': '1',
      'Target stage': '2',
      Contact: "'+44 20 7946 0958",
      Priority: 'high',
      'Start date': '2026-04-01',
    });
  });

  it('gives outsiders 404 and anonymous callers 401', async () => {
    expect(
      (
        await team.as('outsider', {
          method: 'GET',
          url: `/api/assessments/${id}/export?format=json`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await testApp.app.inject({
          method: 'GET',
          url: `/api/assessments/${id}/export?format=json`,
        })
      ).statusCode,
    ).toBe(401);
  });

  it('imports an export as a new draft whose record equals the original', async () => {
    const original = await exportDocument();
    const response = await importFile(JSON.stringify(original, null, 2));
    await ok(response, 201);
    const result = assessmentImportResultSchema.parse(response.json());
    expect(result.leftOutFiles).toEqual([]);
    expect(result.assessmentId).not.toBe(id);
    const copy = await exportDocument(result.assessmentId);
    expect(copy.record).toEqual(original.record);
    expect(copy.source.state).toBe('draft');
    expect(copy.framework).toEqual(original.framework);
    expect(copy.contributions.proposals).toEqual([]);
  });

  it('imports the Excel workbook back, and refuses a file that is not one', async () => {
    const original = await exportDocument();
    const workbook = await exportAs('xlsx');
    await ok(workbook);
    expect(workbook.headers['content-type']).toBe(XLSX);
    const same = await importFile(workbook.rawPayload, XLSX);
    await ok(same, 201);
    const copy = await exportDocument(assessmentImportResultSchema.parse(same.json()).assessmentId);
    expect(copy.record).toEqual({
      ...original.record,
      // The workbook lists files for reading only; they are not imported from it.
      indicators: original.record.indicators.map((entry) => ({ ...entry, files: [] })),
    });

    const before = await counts();
    const broken = await importFile(Buffer.from('PK not really a workbook'), XLSX);
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toMatchObject({
      problems: [{ where: expect.any(String), problem: expect.any(String) }],
    });
    expect(await counts()).toEqual(before);
  });

  it('exports the report as a PDF', async () => {
    const report = await exportAs('pdf');
    await ok(report);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a file changed after export, naming where, and writes nothing', async () => {
    const original = JSON.parse((await exportAs('json')).body) as AssessmentDocument;
    const tampered = structuredClone(original);
    const entry = tampered.record.indicators.find(
      (indicator) => indicator.key === 'legislation.1.1',
    );
    if (entry) entry.status = 'met';
    const before = await counts();
    const response = await importFile(JSON.stringify(tampered));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      type: '/problems/import-refused',
      problems: [
        {
          where: '$.integrity.digest',
          problem: expect.stringContaining('changed after it was exported'),
        },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON with its line and column, and an unknown format version', async () => {
    const text = (await exportAs('json')).body;
    const broken = text.replace('"formatVersion": 1,', '"formatVersion": 1');
    const before = await counts();
    const malformed = await importFile(broken);
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json()).toMatchObject({
      problems: [{ where: 'line 4, column 3', problem: expect.stringContaining('not valid JSON') }],
    });
    const newer = await importFile(text.replace('"formatVersion": 1,', '"formatVersion": 2,'));
    expect(newer.statusCode).toBe(422);
    expect(newer.json()).toMatchObject({
      problems: [{ where: '$.formatVersion', problem: expect.stringContaining('newer version') }],
    });
    const invalid = JSON.parse(text) as Record<string, unknown>;
    const record = invalid.record as { plan: { priority: string }[] };
    if (record.plan[0]) record.plan[0].priority = 'urgent';
    const schema = await importFile(JSON.stringify(invalid));
    expect(schema.json()).toMatchObject({
      problems: [{ where: '$.record.plan[0].priority', problem: expect.any(String) }],
    });
    expect((await importFile(text, 'text/plain')).statusCode).toBe(415);
    expect((await importFile(text, 'application/json', 'facilitator')).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
