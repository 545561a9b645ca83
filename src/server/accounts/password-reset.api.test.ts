import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testClock } from '../test-support/clock.js';
import {
  createPasswordReset,
  createSession,
  createUser,
  TEST_PASSWORD,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { issueResetLinkFromCli } from './password-reset.commands.js';
import type { StoredUser } from './user.repository.js';

const NEW_PASSWORD = 'quartz meadow compass 4';

describe.each(testDatabaseKinds())('password reset on %s', (kind) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof testClock>;
  let user: StoredUser;

  beforeEach(async () => {
    clock = testClock();
    testApp = await startTestApp(kind, { now: clock.now });
    user = await createUser(testApp.app.db);
  });
  afterEach(() => testApp.close());

  const reset = (token: string, password = NEW_PASSWORD) =>
    send(testApp.app, null, {
      method: 'POST',
      url: '/api/password-reset',
      payload: { token, password },
    });
  const signIn = (password: string) =>
    send(testApp.app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password },
    });

  it('sets the new password, ends every session and refuses the link a second time', async () => {
    const session = await createSession(testApp.app.db, user.id, clock.now());
    const { token } = await issueResetLinkFromCli(testApp.app.store, user.email, clock.now());
    expect((await reset(token)).statusCode).toBe(204);

    const after = await send(testApp.app, session, { method: 'GET', url: '/api/session' });
    expect(after.json().user).toBeNull();
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(NEW_PASSWORD)).statusCode).toBe(200);

    const again = await reset(token);
    expect(again.statusCode).toBe(410);
    expect(again.json().detail).toBe('This password reset link has already been used.');
  });

  it('lifts the sign-in lock of the account, as the lock message promises', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) await signIn('wrong password!');
    expect((await signIn(TEST_PASSWORD)).statusCode).toBe(429);

    const { token } = await issueResetLinkFromCli(testApp.app.store, user.email, clock.now());
    expect((await reset(token)).statusCode).toBe(204);
    expect((await signIn(NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses an expired link with its expiry time', async () => {
    const { token } = await createPasswordReset(testApp.app.db, user.id, {
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 60 * 60_000),
    });
    clock.advanceMinutes(61);
    const response = await reset(token);
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toBe(
      'This password reset link expired on 2026-03-02 10:00 UTC; ask for a new one from the sign-in page.',
    );
  });

  it('withdraws the other links of the account once one is used', async () => {
    const first = await createPasswordReset(testApp.app.db, user.id);
    const second = await createPasswordReset(testApp.app.db, user.id);
    expect((await reset(second.token)).statusCode).toBe(204);
    const response = await reset(first.token);
    expect(response.statusCode).toBe(410);
    expect(response.json().reason).toBe('revoked');
  });

  it('refuses a common password and keeps the link usable', async () => {
    const { token } = await createPasswordReset(testApp.app.db, user.id);
    expect((await reset(token, 'qwertyuiopasdfgh')).statusCode).toBe(422);
    expect((await reset(token)).statusCode).toBe(204);
  });

  it('answers 202 to a reset request whether or not the account exists', async () => {
    for (const email of [user.email, 'nobody@example.org']) {
      const response = await send(testApp.app, null, {
        method: 'POST',
        url: '/api/password-reset/request',
        payload: { email },
      });
      expect(response.statusCode).toBe(202);
    }
  });
});
