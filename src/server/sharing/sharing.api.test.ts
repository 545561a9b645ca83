import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentSharingSchema,
  receivedSubmissionItemSchema,
  receivedSubmissionViewSchema,
  signedSubmissionSchema,
  submissionSummarySchema,
} from '../../domain/sharing/index.js';
import { verifyAuditChain } from '../audit/audit.queries.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import {
  addMember,
  createJurisdiction,
  createSession,
  createUser,
  type TestSession,
} from '../test-support/factories.js';
import { newRecordFields } from '../shared/records.js';
import { fileNameTime } from '../shared/time.js';
import { send, type TestRequest } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { createFinalisedAssessment } from './test-support/sharing-fixtures.js';
import { verifySignedSubmission, verifySignedWithdrawal } from './received-submissions.js';

const SHARE = {
  scope: 'stages',
  cycle: '2026',
  knowledgeExchange: true,
  exchange: { leadership: 'offering', 'csea-hotline': 'seeking' },
  contact: {
    name: 'Claire Martin',
    email: 'claire.martin@justice.example.org',
    organisation: 'Ministry of Justice',
  },
  confirmed: true,
};

describe.each(testDatabaseKinds())('sharing with the secretariat on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let secretariat: TestSession;
  let admin: TestSession;
  let assessmentId: string;

  const asSecretariat = (request: TestRequest) => send(testApp.app, secretariat, request);
  const url = (rest = '') => `/api/assessments/${assessmentId}/submissions${rest}`;
  const heldIds = async () =>
    (
      (await asSecretariat({ method: 'GET', url: '/api/secretariat/submissions' })).json() as {
        id: string;
      }[]
    ).map((item) => item.id);

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
    const db = testApp.app.db;
    secretariat = await createSession(
      db,
      (await createUser(db, { instanceRole: 'secretariat' })).id,
    );
    admin = await createSession(db, (await createUser(db, { instanceRole: 'admin' })).id);
    assessmentId = (
      await createFinalisedAssessment(db, team.organisationId, team.sessions.lead.userId)
    ).id;
  });
  afterAll(() => testApp.close());

  async function share(body: Record<string, unknown> = SHARE, id = assessmentId) {
    const response = await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${id}/submissions`,
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return submissionSummarySchema.parse(response.json());
  }

  async function file(submissionId: string) {
    const response = await team.as('lead', { method: 'GET', url: url(`/${submissionId}/file`) });
    expect(response.statusCode).toBe(200);
    return { response, document: signedSubmissionSchema.parse(response.json()) };
  }

  it('refuses to share a draft, or a jurisdiction’s results, and says why', async () => {
    const draft = await team.startAssessment();
    const refused = await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${draft}/submissions`,
      payload: SHARE,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      type: '/problems/not-shareable',
      detail: expect.stringContaining('Only a finalised assessment can be shared') as string,
    });
    const page = assessmentSharingSchema.parse(
      (
        await team.as('lead', { method: 'GET', url: `/api/assessments/${draft}/submissions` })
      ).json(),
    );
    expect(page.notShareableReason).toContain('finalise it first');

    const db = testApp.app.db;
    const jurisdiction = await createJurisdiction(db, team.organisationId);
    const lead = await createUser(db);
    await addMember(db, jurisdiction.id, lead.id, 'lead');
    const regional = await createFinalisedAssessment(db, jurisdiction.id, lead.id);
    const response = await send(testApp.app, await createSession(db, lead.id), {
      method: 'POST',
      url: `/api/assessments/${regional.id}/submissions`,
      payload: SHARE,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toContain('Only the national organisation shares results');
  });

  it('makes a signed snapshot of the agreed stages with the lead’s consent', async () => {
    const page = assessmentSharingSchema.parse(
      (await team.as('lead', { method: 'GET', url: url() })).json(),
    );
    expect(page).toMatchObject({
      notShareableReason: null,
      canManage: true,
      destination: { kind: 'this-instance' },
      defaults: { cycle: '2026', contact: { organisation: 'Ministry of Justice' } },
    });

    await testApp.app.db
      .updateTable('organisations')
      .set({ sub_region: 'Western Europe' })
      .where('id', '=', team.organisationId)
      .execute();
    const summary = await share();
    expect(summary).toMatchObject({
      cycle: '2026',
      scope: 'stages',
      state: 'made',
      knowledgeExchange: true,
    });
    const { response, document } = await file(summary.id);
    const { payload } = document;
    // Named to the second it was made (UTC), so two made the same minute differ.
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="mnr-submission-FR-2026-\d{4}-\d{2}-\d{2}T\d{6}Z\.json"/,
    );
    expect(response.headers['content-disposition']).toContain(
      `mnr-submission-FR-2026-${fileNameTime(payload.createdAt)}.json`,
    );
    expect(verifySignedSubmission(response.body).document).toEqual(document);
    const lead = await testApp.app.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', team.sessions.lead.userId)
      .executeTakeFirstOrThrow();
    expect(payload.consent).toMatchObject({
      givenBy: { name: lead.display_name, email: lead.email },
      scope: 'stages',
      knowledgeExchange: true,
    });
    expect(payload.country).toMatchObject({
      code: 'FR',
      name: 'France',
      region: 'europe',
      subRegion: 'Western Europe',
      incomeGroup: 'high',
    });
    expect(payload.subDomains).toHaveLength(21);
    const byKey = Object.fromEntries(
      payload.subDomains.map((subDomain) => [subDomain.key, subDomain]),
    );
    expect(byKey.leadership).toEqual({
      key: 'leadership',
      result: 2,
      exchange: 'offering',
      indicatorStatuses: null,
    });
    expect(byKey.legislation?.result).toBe('not-applicable');
    expect(byKey['csea-hotline']).toMatchObject({ result: null, exchange: 'seeking' });
    expect(
      payload.capabilities.find((capability) => capability.key === 'policy-governance')?.result,
    ).toBe(2);
    expect(payload.planSummary).toBeNull();
    // Rationales, reasons and evidence stay in the country.
    expect(response.body).not.toContain('March workshop');
    expect(response.body).not.toContain('regional convention');

    const admins = await send(testApp.app, admin, {
      method: 'GET',
      url: '/api/instance/public-key',
    });
    expect(admins.json()).toMatchObject({
      algorithm: 'Ed25519',
      publicKey: document.signature.publicKey,
    });
  });

  it('includes indicator statuses and plan counts only when the lead chooses to', async () => {
    const db = testApp.app.db;
    const now = new Date();
    await db
      .insertInto('indicator_ratings')
      .values({
        ...newRecordFields(now),
        assessment_id: assessmentId,
        sub_domain_key: 'leadership',
        indicator_key: 'leadership.1.1',
        status: 'met',
        evidence_text: 'Minutes of the oversight body',
        updated_by: team.sessions.lead.userId,
      })
      .execute();
    await db
      .insertInto('plan_items')
      .values({
        ...newRecordFields(now),
        assessment_id: assessmentId,
        title: 'Fund the hotline for three years',
        description: '',
        sub_domain_key: 'csea-hotline',
        indicator_keys: '[]',
        target_stage: null,
        owner_body: 'Ministry of Finance',
        contact: '',
        priority: 'high',
        start_date: null,
        target_date: null,
        status: 'in-progress',
        resources_note: '',
        from_suggestion: null,
        updated_by: team.sessions.lead.userId,
      })
      .execute();
    const summary = await share({
      ...SHARE,
      scope: 'stages-indicators-plan',
      cycle: '2026 detailed',
    });
    const { response, document } = await file(summary.id);
    const leadership = document.payload.subDomains.find(
      (subDomain) => subDomain.key === 'leadership',
    );
    expect(leadership?.indicatorStatuses).toEqual({ 'leadership.1.1': 'met' });
    expect(document.payload.planSummary).toEqual({
      total: 1,
      byStatus: { 'not-started': 0, 'in-progress': 1, done: 0, blocked: 0 },
      bySubDomain: [{ key: 'csea-hotline', items: 1 }],
    });
    expect(response.body).not.toContain('Fund the hotline');
    expect(response.body).not.toContain('Minutes of the oversight body');
  });

  it('lets only leads share, and every member see what was shared', async () => {
    const observer = await team.as('observer', { method: 'GET', url: url() });
    expect(observer.statusCode).toBe(200);
    expect(assessmentSharingSchema.parse(observer.json()).canManage).toBe(false);
    const facilitator = await team.as('facilitator', {
      method: 'POST',
      url: url(),
      payload: SHARE,
    });
    expect(facilitator.statusCode).toBe(403);
    expect(facilitator.json().detail).toBe(
      'Only the organisation’s leads can share its results with the Alliance or withdraw them.',
    );
    const refused = await team.as('lead', {
      method: 'POST',
      url: url(),
      payload: { ...SHARE, confirmed: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('confirm the consent statement');
  });

  it('sends to this instance’s secretariat team, who see it; the country sees only its own', async () => {
    const summary = await share({ ...SHARE, cycle: '2026-send' });
    const sent = await team.as('lead', { method: 'POST', url: url(`/${summary.id}/send`) });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(submissionSummarySchema.parse(sent.json())).toMatchObject({
      state: 'sent',
      sentTo: null,
    });

    const list = await asSecretariat({ method: 'GET', url: '/api/secretariat/submissions' });
    const item = receivedSubmissionItemSchema
      .array()
      .parse(list.json())
      .find((entry) => entry.id === summary.id);
    expect(item).toMatchObject({
      countryCode: 'FR',
      countryName: 'France',
      cycle: '2026-send',
      receivedVia: 'local',
    });
    const view = receivedSubmissionViewSchema.parse(
      (
        await asSecretariat({ method: 'GET', url: `/api/secretariat/submissions/${summary.id}` })
      ).json(),
    );
    expect(view.payload.consent.knowledgeExchange).toBe(true);
    expect(view.keyFingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);

    // Individual submissions are the secretariat team's alone; the secretariat sees no assessment.
    for (const role of ['lead', 'observer'] as const) {
      expect(
        (await team.as(role, { method: 'GET', url: '/api/secretariat/submissions' })).statusCode,
      ).toBe(403);
      expect(
        (await team.as(role, { method: 'GET', url: `/api/secretariat/submissions/${summary.id}` }))
          .statusCode,
      ).toBe(403);
    }
    expect(
      (await send(testApp.app, admin, { method: 'GET', url: '/api/secretariat/submissions' }))
        .statusCode,
    ).toBe(403);
    expect((await asSecretariat({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect(
      (await asSecretariat({ method: 'GET', url: url(`/${summary.id}/file`) })).statusCode,
    ).toBe(404);
    expect((await team.as('outsider', { method: 'GET', url: url() })).statusCode).toBe(404);
  });

  it('keeps one submission per country and cycle: a newer one replaces it, an older one is refused', async () => {
    const older = await share({ ...SHARE, cycle: '2030' });
    const newer = await share({ ...SHARE, cycle: '2030', knowledgeExchange: false });
    const { document: olderFile } = await file(older.id);
    const sentNewer = await team.as('lead', { method: 'POST', url: url(`/${newer.id}/send`) });
    expect(sentNewer.statusCode).toBe(200);
    const upload = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: olderFile,
    });
    expect(upload.statusCode).toBe(409);
    expect(upload.json().detail).toContain(
      'already holds a newer submission from France for cycle 2030',
    );

    const newest = await share({ ...SHARE, cycle: '2030' });
    const { response } = await file(newest.id);
    const replaced = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: response.body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(replaced.json()).toMatchObject({
      outcome: 'replaced',
      submission: { id: newest.id, receivedVia: 'upload' },
    });
    const again = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: response.body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(again.json()).toMatchObject({ outcome: 'unchanged' });
    const held = await heldIds();
    expect(held).toContain(newest.id);
    expect(held).not.toContain(newer.id);

    // The lead sees that the one they sent was replaced by the file uploaded here.
    const sharing = assessmentSharingSchema.parse(
      (await team.as('lead', { method: 'GET', url: url() })).json(),
    );
    const state = (id: string) => sharing.submissions.find((entry) => entry.id === id);
    expect(state(newer.id)).toMatchObject({
      state: 'replaced',
      replacedBy: { id: newest.id, createdAt: newest.createdAt },
    });
    expect(state(newest.id)?.state).toBe('made');
  });

  it('refuses a tampered upload and a file that is not a submission, saying why', async () => {
    const summary = await share({ ...SHARE, cycle: '2031' });
    const { document } = await file(summary.id);
    const tampered = structuredClone(document);
    tampered.payload.subDomains[0] = { ...tampered.payload.subDomains[0]!, result: 4 };
    const refused = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: tampered,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      type: '/problems/submission-refused',
      reason: 'signature',
      detail: expect.stringContaining('the file was altered after signing') as string,
    });
    const garbage = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: 'minutes of the meeting',
      headers: { 'content-type': 'text/plain' },
    });
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().reason).toBe('not-json');
    expect(await heldIds()).not.toContain(summary.id);
  });

  it('withdraws: the secretariat’s copy is deleted and both sides are audited', async () => {
    const summary = await share({ ...SHARE, cycle: '2032' });
    await team.as('lead', { method: 'POST', url: url(`/${summary.id}/send`) });
    expect(await heldIds()).toContain(summary.id);
    const withdrawn = await team.as('lead', {
      method: 'POST',
      url: url(`/${summary.id}/withdraw`),
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(submissionSummarySchema.parse(withdrawn.json())).toMatchObject({
      state: 'withdrawn',
      withdrawnBy: { id: team.sessions.lead.userId },
    });
    expect(await heldIds()).not.toContain(summary.id);
    const resend = await team.as('lead', { method: 'POST', url: url(`/${summary.id}/send`) });
    expect(resend.statusCode).toBe(409);
    expect(resend.json().detail).toContain('was withdrawn');

    const actions = await testApp.app.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', summary.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((event) => event.action)).toEqual([
      'submission.create',
      'received-submission.receive',
      'submission.send',
      'received-submission.withdraw',
      'submission.withdraw',
    ]);
    expect((await verifyAuditChain(testApp.app.db)).intact).toBe(true);
  });

  it('withdraws a copy the secretariat here received as a file, and gives the withdrawal file', async () => {
    const summary = await share({ ...SHARE, cycle: '2033' });
    const { response } = await file(summary.id);
    const uploaded = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: response.body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ kind: 'submission', outcome: 'stored' });

    const early = await team.as('lead', {
      method: 'GET',
      url: url(`/${summary.id}/withdrawal-file`),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('withdraw it first');

    await team.as('lead', { method: 'POST', url: url(`/${summary.id}/withdraw`) });
    expect(await heldIds()).not.toContain(summary.id);

    const withdrawal = await team.as('lead', {
      method: 'GET',
      url: url(`/${summary.id}/withdrawal-file`),
    });
    expect(withdrawal.statusCode).toBe(200);
    const { document } = verifySignedWithdrawal(withdrawal.body);
    expect(withdrawal.headers['content-disposition']).toMatch(
      `attachment; filename="mnr-withdrawal-FR-2033-${fileNameTime(document.payload.withdrawnAt)}.json"`,
    );
    expect(document.payload.submissionId).toBe(summary.id);
    expect(document.signature.publicKey).toBe(
      signedSubmissionSchema.parse(response.json()).signature.publicKey,
    );
    expect(
      (await team.as('observer', { method: 'GET', url: url(`/${summary.id}/withdrawal-file`) }))
        .statusCode,
    ).toBe(403);

    const uploadedWithdrawal = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: withdrawal.body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(uploadedWithdrawal.statusCode).toBe(200);
    expect(uploadedWithdrawal.json()).toEqual({
      kind: 'withdrawal',
      submissionId: summary.id,
      removed: false,
      submission: null,
    });

    const again = await asSecretariat({
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: response.body,
      headers: { 'content-type': 'text/plain' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('was withdrawn by its sender');
    expect(await heldIds()).not.toContain(summary.id);
  });

  it('shows the lead a submission the secretariat team here removed, and lets them send it again', async () => {
    const summary = await share({ ...SHARE, cycle: '2034' });
    await team.as('lead', { method: 'POST', url: url(`/${summary.id}/send`) });
    const removed = await asSecretariat({
      method: 'DELETE',
      url: `/api/secretariat/submissions/${summary.id}`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const stateOf = async () =>
      assessmentSharingSchema
        .parse((await team.as('lead', { method: 'GET', url: url() })).json())
        .submissions.find((entry) => entry.id === summary.id)?.state;
    expect(await stateOf()).toBe('removed');
    await team.as('lead', { method: 'POST', url: url(`/${summary.id}/send`) });
    expect(await stateOf()).toBe('sent');
    expect(await heldIds()).toContain(summary.id);
  });
});
