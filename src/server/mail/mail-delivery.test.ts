import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMember,
  createOrganisation,
  createSession,
  createUser,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startSmtpSink } from '../test-support/smtp-sink.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/** Mail goes through a real SMTP server on 127.0.0.1; the database kind does not matter here. */
describe('mail delivery when SMTP_URL is set', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let testApp: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await startTestApp('sqlite', {
      mail: { smtpUrl: smtp.url, from: 'MNR Self-Assessment <mnr@example.org>' },
    });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.close();
  });

  it('emails an invite with its link', async () => {
    const organisation = await createOrganisation(testApp.app.db, { name: 'Ministry of Justice' });
    const { user } = await createMember(testApp.app.db, organisation.id, 'lead');
    const response = await send(testApp.app, await createSession(testApp.app.db, user.id), {
      method: 'POST',
      url: `/api/organisations/${organisation.id}/invites`,
      payload: { email: 'invitee@example.org', role: 'facilitator' },
    });
    expect(response.statusCode).toBe(201);
    const { link, emailed } = response.json() as { link: string; emailed: boolean };
    expect(emailed).toBe(true);

    const mail = await smtp.nextMail();
    expect(mail.to).toEqual(['invitee@example.org']);
    expect(mail.raw).toMatch(/^From: "MNR Self-Assessment" <mnr@example\.org>/m);
    expect(mail.raw).toMatch(/^Subject: Invitation to Ministry of Justice on MNR Self-Assessment/m);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('as a facilitator');
  });

  it('emails a password reset link to an existing account only', async () => {
    const user = await createUser(testApp.app.db);
    for (const email of ['nobody@example.org', user.email]) {
      const response = await send(testApp.app, null, {
        method: 'POST',
        url: '/api/password-reset/request',
        payload: { email },
      });
      expect(response.statusCode).toBe(202);
    }
    const mail = await smtp.nextMail();
    expect(mail.to).toEqual([user.email]);
    expect(mail.text).toMatch(/http:\/\/mnr\.test\/reset-password#token=[\w-]{43}/);
  });
});
