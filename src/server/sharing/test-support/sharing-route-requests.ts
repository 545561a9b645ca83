import { randomUUID } from 'node:crypto';
import { createIntakeToken } from '../../secretariat/intake-token.commands.js';
import type { ActorName, World } from '../../test-support/authorization-world.js';
import { createSession } from '../../test-support/factories.js';
import { send, type TestRequest } from '../../test-support/requests.js';
import { instanceKey } from '../instance-key.js';
import { signPayload } from '../signature.js';
import { createFinalisedAssessment, samplePayload, signSample } from './sharing-fixtures.js';

/**
 * A distinct cycle for every submission, older than any other test's, so these never become a
 * country's latest cycle in what other routes read.
 */
let cycles = 0;
function earlyCycle(): string {
  cycles += 1;
  return `1990-${cycles}`;
}

type Build = (world: World, actor: ActorName) => Promise<TestRequest> | TestRequest;

const SHARE = {
  scope: 'stages',
  cycle: '2026',
  knowledgeExchange: true,
  exchange: {},
  contact: { name: 'Claire Martin', email: 'claire@justice.example.org', organisation: 'Ministry' },
  confirmed: true,
};

/** A finalised assessment of organisation A with a fresh submission made by its lead. */
async function madeSubmission(world: World): Promise<{ assessmentId: string; id: string }> {
  const db = world.app.db;
  const assessment = await createFinalisedAssessment(db, world.orgA.id, world.users.leadA.id);
  const response = await send(world.app, await createSession(db, world.users.leadA.id), {
    method: 'POST',
    url: `/api/assessments/${assessment.id}/submissions`,
    payload: { ...SHARE, cycle: earlyCycle() },
  });
  if (response.statusCode !== 201) throw new Error(`could not share: ${response.body}`);
  return { assessmentId: assessment.id, id: (response.json() as { id: string }).id };
}

async function intakeToken(world: World): Promise<string> {
  return (await createIntakeToken(world.app.store, new Date(), 'system:cli', 'matrix')).token;
}

/** A submission of another country, signed and held by the secretariat. */
async function heldSubmission(world: World): Promise<string> {
  const db = world.app.db;
  const secretariat = await createSession(db, world.users.secretariat.id);
  const document = signSample(samplePayload({ cycle: earlyCycle() }));
  const response = await send(world.app, secretariat, {
    method: 'POST',
    url: '/api/secretariat/submissions',
    payload: document,
  });
  if (response.statusCode !== 201) throw new Error(`could not upload: ${response.body}`);
  return document.payload.submissionId;
}

/** One request per sharing and secretariat route, for the authorization matrix. */
export const SHARING_ROUTE_REQUESTS: Record<string, Build> = {
  'GET /api/assessments/:assessmentId/submissions': (world) => ({
    method: 'GET',
    url: `/api/assessments/${world.assessment.id}/submissions`,
  }),
  'POST /api/assessments/:assessmentId/submissions': async (world) => {
    const db = world.app.db;
    const assessment = await createFinalisedAssessment(db, world.orgA.id, world.users.leadA.id);
    return {
      method: 'POST',
      url: `/api/assessments/${assessment.id}/submissions`,
      payload: SHARE,
    };
  },
  'GET /api/assessments/:assessmentId/submissions/:submissionId/file': async (world) => {
    const { assessmentId, id } = await madeSubmission(world);
    return { method: 'GET', url: `/api/assessments/${assessmentId}/submissions/${id}/file` };
  },
  'POST /api/assessments/:assessmentId/submissions/:submissionId/send': async (world) => {
    const { assessmentId, id } = await madeSubmission(world);
    return { method: 'POST', url: `/api/assessments/${assessmentId}/submissions/${id}/send` };
  },
  'POST /api/assessments/:assessmentId/submissions/:submissionId/withdraw': async (world) => {
    const { assessmentId, id } = await madeSubmission(world);
    return { method: 'POST', url: `/api/assessments/${assessmentId}/submissions/${id}/withdraw` };
  },
  'GET /api/assessments/:assessmentId/submissions/:submissionId/withdrawal-file': async (world) => {
    const { assessmentId, id } = await madeSubmission(world);
    const url = `/api/assessments/${assessmentId}/submissions/${id}`;
    const lead = await createSession(world.app.db, world.users.leadA.id);
    const withdrawn = await send(world.app, lead, { method: 'POST', url: `${url}/withdraw` });
    if (withdrawn.statusCode !== 200) throw new Error(`could not withdraw: ${withdrawn.body}`);
    return { method: 'GET', url: `${url}/withdrawal-file` };
  },
  'GET /api/instance/public-key': () => ({ method: 'GET', url: '/api/instance/public-key' }),
  'POST /api/secretariat/intake': async (world) => ({
    method: 'POST',
    url: '/api/secretariat/intake',
    headers: { authorization: `Bearer ${await intakeToken(world)}` },
    payload: signSample(samplePayload({ cycle: earlyCycle() })),
  }),
  'POST /api/secretariat/intake/withdrawals': async (world) => {
    const payload = {
      format: 'mnr-self-assessment/withdrawal' as const,
      formatVersion: 1 as const,
      submissionId: randomUUID(),
      withdrawnAt: new Date().toISOString(),
    };
    return {
      method: 'POST',
      url: '/api/secretariat/intake/withdrawals',
      headers: { authorization: `Bearer ${await intakeToken(world)}` },
      payload: { payload, signature: signPayload(payload, await instanceKey(world.app.db)) },
    };
  },
  'GET /api/secretariat/intake-tokens': () => ({
    method: 'GET',
    url: '/api/secretariat/intake-tokens',
  }),
  'POST /api/secretariat/intake-tokens': () => ({
    method: 'POST',
    url: '/api/secretariat/intake-tokens',
    payload: { label: 'Kenya' },
  }),
  'POST /api/secretariat/intake-tokens/:tokenId/revoke': async (world) => {
    const token = await createIntakeToken(world.app.store, new Date(), 'system:cli', 'spare');
    return { method: 'POST', url: `/api/secretariat/intake-tokens/${token.id}/revoke` };
  },
  'GET /api/secretariat/submissions': () => ({
    method: 'GET',
    url: '/api/secretariat/submissions',
  }),
  'POST /api/secretariat/submissions': () => ({
    method: 'POST',
    url: '/api/secretariat/submissions',
    payload: signSample(samplePayload({ cycle: earlyCycle() })),
  }),
  'GET /api/secretariat/submissions/:submissionId': async (world) => ({
    method: 'GET',
    url: `/api/secretariat/submissions/${await heldSubmission(world)}`,
  }),
  'DELETE /api/secretariat/submissions/:submissionId': async (world) => ({
    method: 'DELETE',
    url: `/api/secretariat/submissions/${await heldSubmission(world)}`,
  }),
};
