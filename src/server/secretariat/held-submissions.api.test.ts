import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receivedSubmissionItemSchema, type SignedSubmission } from '../../domain/sharing/index.js';
import { verifyAuditChain } from '../audit/audit.queries.js';
import { digest } from '../shared/canonical-json.js';
import { signPayload } from '../sharing/signature.js';
import {
  samplePayload,
  signSample,
  testSigningKey,
} from '../sharing/test-support/sharing-fixtures.js';
import { createSession, createUser, type TestSession } from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { keyFingerprint } from './submission.presenter.js';

const HOUR = 60 * 60 * 1000;

/** JSON as Python's `json.dumps(value, sort_keys=True)` writes it: members sorted, ASCII only. */
function pythonSortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonSortedJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .map(
        (key) =>
          `${pythonSortedJson(key)}: ${pythonSortedJson((value as Record<string, unknown>)[key])}`,
      );
    return `{${members.join(', ')}}`;
  }
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What the secretariat holds for a country and cycle, and how it deals with files for them. */
describe.each(testDatabaseKinds())('submissions held by the secretariat on %s', (kind) => {
  let testApp: TestApp;
  let secretariat: TestSession;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    const db = testApp.app.db;
    secretariat = await createSession(
      db,
      (await createUser(db, { instanceRole: 'secretariat' })).id,
    );
  });
  afterAll(() => testApp.close());

  const upload = (body: SignedSubmission | string) =>
    send(testApp.app, secretariat, {
      method: 'POST',
      url: '/api/secretariat/submissions',
      payload: body,
      ...(typeof body === 'string' ? { headers: { 'content-type': 'text/plain' } } : {}),
    });
  const remove = (id: string) =>
    send(testApp.app, secretariat, { method: 'DELETE', url: `/api/secretariat/submissions/${id}` });
  const heldIds = async () =>
    receivedSubmissionItemSchema
      .array()
      .parse(
        (
          await send(testApp.app, secretariat, {
            method: 'GET',
            url: '/api/secretariat/submissions',
          })
        ).json(),
      )
      .map((item) => item.id);
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();

  it('takes the same submission again with its members reordered, as another tool writes it', async () => {
    const signed = signSample(
      samplePayload({
        cycle: '2040',
        contact: { name: 'Aïcha Diallo', email: 'aicha@example.org', organisation: 'Ministère' },
      }),
    );
    expect((await upload(JSON.stringify(signed))).statusCode).toBe(201);
    const again = await upload(pythonSortedJson(signed));
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({
      outcome: 'unchanged',
      submission: { id: signed.payload.submissionId },
    });

    const changed = signSample({ ...signed.payload, cycle: '2040b' });
    const refused = await upload(changed);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(
      `A different submission with id ${signed.payload.submissionId} is already held`,
    );
  });

  it('refuses a submission claiming to be made more than an hour from now', async () => {
    const key = testSigningKey();
    const future = signSample(
      samplePayload({ cycle: '2041', createdAt: '2099-01-01T00:00:00.000Z' }),
      key,
    );
    const refused = await upload(future);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      type: '/problems/submission-refused',
      reason: 'made-in-the-future',
      detail: expect.stringContaining(
        'This file claims to be made on 2099-01-01 00:00 UTC, but it is only',
      ) as string,
    });
    expect(refused.json().detail).toContain('cannot be made in the future');
    expect(await heldIds()).not.toContain(future.payload.submissionId);

    // A clock a little ahead of this one's is no reason to refuse.
    const slightlyAhead = signSample(
      samplePayload({ cycle: '2041', createdAt: at(HOUR - 60_000) }),
      key,
    );
    expect((await upload(slightlyAhead)).statusCode).toBe(201);
    const tooFar = signSample(samplePayload({ cycle: '2041', createdAt: at(HOUR + 60_000) }), key);
    expect((await upload(tooFar)).json().reason).toBe('made-in-the-future');
  });

  it('refuses a submission signed by another key than the one held for the country and cycle', async () => {
    const country = testSigningKey();
    const stranger = testSigningKey();
    const genuine = signSample(samplePayload({ cycle: '2042', createdAt: at(-HOUR) }), country);
    expect((await upload(genuine)).statusCode).toBe(201);

    const forged = signSample(samplePayload({ cycle: '2042' }), stranger);
    const refused = await upload(forged);
    expect(refused.statusCode).toBe(409);
    const problem = refused.json();
    expect(problem).toMatchObject({
      heldKeyFingerprint: keyFingerprint(country.publicKey),
      keyFingerprint: keyFingerprint(stranger.publicKey),
      held: { id: genuine.payload.submissionId },
    });
    expect(problem.detail).toContain(
      `The secretariat holds a submission from Kenya for cycle 2042 signed by another key (fingerprint ${keyFingerprint(country.publicKey)}) than this file (fingerprint ${keyFingerprint(stranger.publicKey)})`,
    );
    expect(problem.detail).toContain(
      "If Kenya's instance really changed its key, the secretariat team first checks the new fingerprint with the country and removes the held submission",
    );
    expect(await heldIds()).toContain(genuine.payload.submissionId);
    expect(await heldIds()).not.toContain(forged.payload.submissionId);

    // The country's own newer submission still replaces the held one.
    const newer = signSample(samplePayload({ cycle: '2042' }), country);
    expect((await upload(newer)).json()).toMatchObject({ outcome: 'replaced' });
  });

  it('lets the secretariat team remove a held submission, audited, so a genuine one can be taken', async () => {
    const db = testApp.app.db;
    // Held before future dates were refused: it would otherwise block every genuine submission.
    const blocking = signSample(
      samplePayload({ cycle: '2043', createdAt: '2099-01-01T00:00:00.000Z' }),
    );
    await db
      .insertInto('received_submissions')
      .values({
        id: blocking.payload.submissionId,
        country_code: 'KE',
        cycle: '2043',
        document: JSON.stringify(blocking),
        public_key: blocking.signature.publicKey,
        received_at: at(-HOUR),
        received_via: 'upload',
        organisation_id: null,
      })
      .execute();
    const genuine = signSample(samplePayload({ cycle: '2043' }));
    expect((await upload(genuine)).statusCode).toBe(409);

    const removed = await remove(blocking.payload.submissionId);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({
      id: blocking.payload.submissionId,
      countryName: 'Kenya',
      cycle: '2043',
    });
    expect(await heldIds()).not.toContain(blocking.payload.submissionId);
    const event = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', blocking.payload.submissionId)
      .executeTakeFirstOrThrow();
    expect(event.action).toBe('received-submission.remove');
    expect(event.actor).toBe(`user:${secretariat.userId}`);
    expect(event.before_digest).toBe(digest({ document: JSON.stringify(blocking) }));
    expect((await verifyAuditChain(db)).intact).toBe(true);

    expect((await upload(genuine)).json()).toMatchObject({ outcome: 'stored' });
    const gone = await remove(blocking.payload.submissionId);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().detail).toContain('holds no submission with id');
  });

  it('names both formats when a file is neither a submission nor a withdrawal', async () => {
    const refused = await upload('{"payload":{}}');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ reason: 'unknown-format' });
    expect(refused.json().detail).toBe(
      'This is neither a signed submission nor a signed withdrawal of the MNR Self-Assessment: payload.format must be "mnr-self-assessment/submission" (a submission) or "mnr-self-assessment/withdrawal" (the withdrawal of one).',
    );
    // A withdrawal in an unknown version is still told apart as a withdrawal.
    const payload = {
      format: 'mnr-self-assessment/withdrawal',
      formatVersion: 2,
      submissionId: 'x',
      withdrawnAt: at(0),
    };
    const newer = await upload(
      JSON.stringify({ payload, signature: signPayload(payload, testSigningKey()) }),
    );
    expect(newer.json().detail).toContain('This withdrawal is in format version 2');
  });
});
