import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedSubmissionSchema, submissionSummarySchema } from '../../domain/sharing/index.js';
import { createIntakeToken } from '../secretariat/intake-token.commands.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { createSession, createUser, type TestSession } from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { signPayload } from './signature.js';
import { createFinalisedAssessment, testSigningKey } from './test-support/sharing-fixtures.js';

const SHARE = {
  scope: 'stages',
  cycle: '2026',
  knowledgeExchange: false,
  exchange: { 'child-helpline': 'seeking' },
  contact: {
    name: 'Claire Martin',
    email: 'claire@justice.example.org',
    organisation: 'Ministry of Justice',
  },
  confirmed: true,
};

/**
 * A country instance and a secretariat instance, each with its own database, talking over
 * loopback HTTP exactly as two deployments would.
 */
describe.each(testDatabaseKinds())(
  'a country instance sharing with a secretariat instance on %s',
  (kind) => {
    let secretariatApp: TestApp;
    let countryApp: TestApp;
    let secretariatUrl: string;
    let intakeToken: string;
    let team: Team;
    let secretariat: TestSession;
    let assessmentId: string;

    beforeAll(async () => {
      secretariatApp = await startTestApp(kind);
      await secretariatApp.app.listen({ port: 0, host: '127.0.0.1' });
      secretariatUrl = `http://127.0.0.1:${(secretariatApp.app.server.address() as AddressInfo).port}`;
      intakeToken = (
        await createIntakeToken(secretariatApp.app.store, new Date(), 'system:cli', 'France')
      ).token;
      const db = secretariatApp.app.db;
      secretariat = await createSession(
        db,
        (await createUser(db, { instanceRole: 'secretariat' })).id,
      );

      countryApp = await startTestApp(kind, {
        secretariat: { url: secretariatUrl, token: intakeToken },
      });
      team = await createTeam(countryApp.app);
      assessmentId = (
        await createFinalisedAssessment(
          countryApp.app.db,
          team.organisationId,
          team.sessions.lead.userId,
        )
      ).id;
    });
    afterAll(async () => {
      await countryApp.close();
      await secretariatApp.close();
    });

    const url = (rest = '') => `/api/assessments/${assessmentId}/submissions${rest}`;
    const held = async () =>
      (
        await send(secretariatApp.app, secretariat, {
          method: 'GET',
          url: '/api/secretariat/submissions',
        })
      ).json() as {
        id: string;
        countryName: string;
        receivedVia: string;
      }[];
    const intake = (path: string, body: unknown, token = intakeToken) =>
      fetch(`${secretariatUrl}/api/secretariat/intake${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    /** The actions the secretariat instance audited for a submission, in order. */
    const secretariatAuditOf = async (id: string) =>
      (
        await secretariatApp.app.db
          .selectFrom('audit_events')
          .select('action')
          .where('entity_id', '=', id)
          .orderBy('seq')
          .execute()
      ).map((event) => event.action);

    async function shareAndSend(cycle: string) {
      const made = await team.as('lead', {
        method: 'POST',
        url: url(),
        payload: { ...SHARE, cycle },
      });
      expect(made.statusCode, made.body).toBe(201);
      const { id } = submissionSummarySchema.parse(made.json());
      const sent = await team.as('lead', { method: 'POST', url: url(`/${id}/send`) });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(submissionSummarySchema.parse(sent.json())).toMatchObject({
        state: 'sent',
        sentTo: secretariatUrl,
      });
      return id;
    }

    it('sends a submission, which the secretariat verifies and shows', async () => {
      const page = await team.as('lead', { method: 'GET', url: url() });
      expect(page.json().destination).toEqual({ kind: 'remote', url: secretariatUrl });
      const id = await shareAndSend('2026');
      expect(await held()).toEqual([
        expect.objectContaining({ id, countryName: 'France', receivedVia: 'api' }),
      ]);
      const view = await send(secretariatApp.app, secretariat, {
        method: 'GET',
        url: `/api/secretariat/submissions/${id}`,
      });
      expect(view.statusCode).toBe(200);
      const subDomains = view.json().payload.subDomains as { key: string; exchange: string }[];
      expect(subDomains.find((subDomain) => subDomain.key === 'child-helpline')?.exchange).toBe(
        'seeking',
      );
      const audit = await secretariatApp.app.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', id)
        .execute();
      expect(audit.map((event) => event.action)).toEqual(['received-submission.receive']);
    });

    it('refuses a tampered copy, a withdrawal signed by another key, and a wrong token', async () => {
      const id = await shareAndSend('2027');
      const file = await team.as('lead', { method: 'GET', url: url(`/${id}/file`) });
      const document = signedSubmissionSchema.parse(file.json());
      const tampered = structuredClone(document);
      tampered.payload.cycle = '2028';
      const refused = await intake('', tampered);
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as { detail: string }).detail).toContain(
        'the file was altered after signing',
      );

      const payload = {
        format: 'mnr-self-assessment/withdrawal' as const,
        formatVersion: 1 as const,
        submissionId: id,
        withdrawnAt: new Date().toISOString(),
      };
      const forged = await intake('/withdrawals', {
        payload,
        signature: signPayload(payload, testSigningKey()),
      });
      expect(forged.status).toBe(403);
      expect((await intake('', document, 'not-the-token')).status).toBe(401);
      expect((await held()).map((item) => item.id)).toContain(id);
    });

    it('withdraws: the secretariat’s copy is removed and the withdrawal audited there', async () => {
      const id = await shareAndSend('2029');
      const withdrawn = await team.as('lead', { method: 'POST', url: url(`/${id}/withdraw`) });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect(withdrawn.json().state).toBe('withdrawn');
      expect((await held()).map((item) => item.id)).not.toContain(id);
      expect(await secretariatAuditOf(id)).toEqual([
        'received-submission.receive',
        'received-submission.withdraw',
      ]);
    });

    it('withdraws a copy the secretariat received as a file, once it imports the withdrawal file', async () => {
      const made = await team.as('lead', {
        method: 'POST',
        url: url(),
        payload: { ...SHARE, cycle: '2031' },
      });
      const { id } = submissionSummarySchema.parse(made.json());
      const submissionFile = await team.as('lead', { method: 'GET', url: url(`/${id}/file`) });
      const upload = (body: string) =>
        send(secretariatApp.app, secretariat, {
          method: 'POST',
          url: '/api/secretariat/submissions',
          payload: body,
          headers: { 'content-type': 'text/plain' },
        });
      expect((await upload(submissionFile.body)).statusCode).toBe(201);

      const withdrawn = await team.as('lead', { method: 'POST', url: url(`/${id}/withdraw`) });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      // The country instance cannot reach a copy handed over as a file: it is still held.
      expect((await held()).map((item) => item.id)).toContain(id);

      const withdrawalFile = await team.as('lead', {
        method: 'GET',
        url: url(`/${id}/withdrawal-file`),
      });
      const received = await upload(withdrawalFile.body);
      expect(received.statusCode, received.body).toBe(200);
      expect(received.json()).toMatchObject({
        kind: 'withdrawal',
        submissionId: id,
        removed: true,
        submission: { id, countryName: 'France', cycle: '2031', receivedVia: 'upload' },
      });
      expect((await held()).map((item) => item.id)).not.toContain(id);
      expect((await upload(submissionFile.body)).statusCode).toBe(409);
      expect(await secretariatAuditOf(id)).toEqual([
        'received-submission.receive',
        'received-submission.withdraw',
      ]);
    });

    it('says plainly when the secretariat cannot be reached, and changes nothing', async () => {
      const offline = await startTestApp(kind, {
        secretariat: { url: 'http://127.0.0.1:9', token: intakeToken },
      });
      try {
        const lead = await createTeam(offline.app);
        const assessment = await createFinalisedAssessment(
          offline.app.db,
          lead.organisationId,
          lead.sessions.lead.userId,
        );
        const made = await lead.as('lead', {
          method: 'POST',
          url: `/api/assessments/${assessment.id}/submissions`,
          payload: SHARE,
        });
        const id = (made.json() as { id: string }).id;
        const sent = await lead.as('lead', {
          method: 'POST',
          url: `/api/assessments/${assessment.id}/submissions/${id}/send`,
        });
        expect(sent.statusCode).toBe(502);
        expect(sent.json().detail).toContain('could not be reached');
        const page = await lead.as('lead', {
          method: 'GET',
          url: `/api/assessments/${assessment.id}/submissions`,
        });
        expect(page.json().submissions[0].state).toBe('made');
      } finally {
        await offline.close();
      }
    });
  },
);
