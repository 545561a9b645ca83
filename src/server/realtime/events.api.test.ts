import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentChangeEventSchema } from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { openEventStream } from '../test-support/event-stream.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

async function listen(app: AppInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on a port');
  return `http://127.0.0.1:${address.port}`;
}

describe.each(testDatabaseKinds())('live changes on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
    baseUrl = await listen(testApp.app);
  });
  afterAll(() => testApp.close());

  const rate = (id: string, version: number | null) =>
    team.as('lead', {
      method: 'PUT',
      url: `/api/assessments/${id}/indicators/leadership.2.1`,
      payload: { version, status: 'met' },
    });

  it('sends a change event to every open stream after a committed write', async () => {
    const id = await team.startAssessment();
    const observer = await openEventStream(
      `${baseUrl}/api/assessments/${id}/events`,
      team.sessions.observer.token,
    );
    try {
      expect(observer.status).toBe(200);
      expect(observer.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect((await rate(id, null)).statusCode).toBe(200);
      const event = assessmentChangeEventSchema.parse(JSON.parse((await observer.next()).data));
      expect(event).toMatchObject({
        kind: 'rating',
        subDomainKey: 'leadership',
        key: 'leadership.2.1',
        actorId: team.sessions.lead.userId,
      });

      // A refused write changes nothing, so nothing is announced; the next real one is.
      expect((await rate(id, null)).statusCode).toBe(409);
      expect((await rate(id, 1)).statusCode).toBe(200);
      expect(JSON.parse((await observer.next()).data)).toMatchObject({ key: 'leadership.2.1' });
    } finally {
      observer.close();
    }
  });

  it('keeps streams to themselves: another assessment’s changes are not sent', async () => {
    const watched = await team.startAssessment();
    const other = await team.startAssessment();
    const stream = await openEventStream(
      `${baseUrl}/api/assessments/${watched}/events`,
      team.sessions.lead.token,
    );
    try {
      await rate(other, null);
      await team.as('lead', {
        method: 'POST',
        url: `/api/assessments/${watched}/sub-domains/legislation/posts`,
        payload: { body: 'Draft bill tabled.' },
      });
      expect(JSON.parse((await stream.next()).data)).toMatchObject({
        kind: 'post',
        subDomainKey: 'legislation',
      });
    } finally {
      stream.close();
    }
  });

  it('unsubscribes a stream when its client goes away', async () => {
    const id = await team.startAssessment();
    const stream = await openEventStream(
      `${baseUrl}/api/assessments/${id}/events`,
      team.sessions.lead.token,
    );
    expect(testApp.app.changes.subscribers(id)).toBe(1);
    stream.close();
    await expect.poll(() => testApp.app.changes.subscribers(id)).toBe(0);
  });

  it('refuses a stream to people who may not see the assessment', async () => {
    const id = await team.startAssessment();
    const outsider = await openEventStream(
      `${baseUrl}/api/assessments/${id}/events`,
      team.sessions.outsider.token,
    );
    expect(outsider.status).toBe(404);
    outsider.close();
  });

  it('ends open streams when the app closes, so they never hold up a shutdown', async () => {
    const instance = await createRuntime(testApp.config, { webRoot: undefined });
    const url = await listen(instance.app);
    const id = await team.startAssessment();
    const stream = await openEventStream(
      `${url}/api/assessments/${id}/events`,
      team.sessions.lead.token,
    );
    const started = Date.now();
    await instance.close();
    await stream.ended;
    expect(Date.now() - started).toBeLessThan(5000);
  });

  if (kind === 'postgres') {
    describe('across app instances sharing the database', () => {
      let second: Runtime;
      let secondUrl: string;
      beforeAll(async () => {
        second = await createRuntime(testApp.config, { webRoot: undefined });
        secondUrl = await listen(second.app);
      });
      afterAll(() => second.close());

      it('delivers a write made on one instance to a stream open on another (LISTEN/NOTIFY)', async () => {
        const id = await team.startAssessment();
        const stream = await openEventStream(
          `${secondUrl}/api/assessments/${id}/events`,
          team.sessions.facilitator.token,
        );
        try {
          expect(stream.status).toBe(200);
          expect((await rate(id, null)).statusCode).toBe(200);
          expect(JSON.parse((await stream.next()).data)).toMatchObject({
            kind: 'rating',
            key: 'leadership.2.1',
            actorId: team.sessions.lead.userId,
          });
        } finally {
          stream.close();
        }
      });
    });
  }
});
