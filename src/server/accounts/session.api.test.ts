import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredUser } from './user.repository.js';
import { testClock } from '../test-support/clock.js';
import { createSession, createUser, TEST_PASSWORD } from '../test-support/factories.js';
import { send, sessionCookieOf, type Caller } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('sessions on %s', (kind) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof testClock>;
  let user: StoredUser;

  beforeEach(async () => {
    clock = testClock();
    testApp = await startTestApp(kind, {
      now: clock.now,
      loginLimits: { perAccount: 10, perIp: 25, windowMinutes: 15 },
    });
    user = await createUser(testApp.app.db);
  });
  afterEach(() => testApp.close());

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    send(testApp.app, null, {
      method: 'POST',
      url: '/api/session',
      payload: { email, password },
      headers,
    });

  const whoAmI = async (caller: Caller) => {
    const response = await send(testApp.app, caller, { method: 'GET', url: '/api/session' });
    return (response.json() as { user: { email: string } | null }).user?.email ?? null;
  };

  async function signedIn(): Promise<{ token: string; csrfToken: string }> {
    const response = await signIn(user.email, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    return { token: sessionCookieOf(response)!, csrfToken: response.json().csrfToken };
  }

  it('signs in with a hardened session cookie and answers the session view', async () => {
    const response = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { id: user.id, email: user.email },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      setupRequired: false,
    });
    const cookie = response.cookies.find((item) => item.name === 'mnr_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const stored = await testApp.app.db.selectFrom('sessions').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(cookie?.value);

    const overTls = await signIn(user.email, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(overTls.cookies.find((item) => item.name === 'mnr_session')?.secure).toBe(true);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    for (const response of [
      await signIn(user.email, 'not the right password'),
      await signIn('nobody@example.org', TEST_PASSWORD),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().detail).toBe('The email or password is not right.');
    }
  });

  it('refuses the 11th attempt after 10 failures, even with the right password, until the window passes', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await signIn(user.email, 'wrong password!')).statusCode).toBe(401);
    }
    const blocked = await signIn(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60);
    expect(blocked.json().detail).toBe(
      'Too many failed sign-in attempts for this account. Wait 15 minutes and try again, or reset your password.',
    );
    clock.advanceMinutes(16);
    expect((await signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('limits failures per network address across accounts', async () => {
    for (let attempt = 0; attempt < 25; attempt += 1) {
      await signIn(`someone-${attempt}@example.org`, 'wrong password!');
    }
    const blocked = await signIn(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().detail).toMatch(/from your network/);
  });

  it('refuses a cookie-authenticated write without the CSRF token or from another origin', async () => {
    const caller = await signedIn();
    const withoutToken = await send(
      testApp.app,
      { ...caller, csrfToken: 'forged' },
      {
        method: 'DELETE',
        url: '/api/session',
      },
    );
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().detail).toBe(
      'This change was refused because it did not carry the page’s security token. Reload the page and try again.',
    );
    const crossSite = await send(testApp.app, caller, {
      method: 'DELETE',
      url: '/api/session',
      headers: { origin: 'https://attacker.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().detail).toMatch(/came from another site/);
    expect(await whoAmI(caller)).toBe(user.email);

    const sameSite = await send(testApp.app, caller, {
      method: 'DELETE',
      url: '/api/session',
      headers: { origin: 'http://localhost' },
    });
    expect(sameSite.statusCode).toBe(204);
    expect(await whoAmI(caller)).toBeNull();
  });

  it('signs out everywhere, ending every session of the account', async () => {
    const first = await signedIn();
    const second = await signedIn();
    const other = await createSession(
      testApp.app.db,
      (await createUser(testApp.app.db)).id,
      clock.now(),
    );
    const response = await send(testApp.app, first, { method: 'DELETE', url: '/api/sessions' });
    expect(response.statusCode).toBe(204);
    expect(await whoAmI(first)).toBeNull();
    expect(await whoAmI(second)).toBeNull();
    expect(await whoAmI(other)).not.toBeNull();
  });

  it('ends a session after 30 idle minutes', async () => {
    const caller = await signedIn();
    clock.advanceMinutes(29);
    expect(await whoAmI(caller)).toBe(user.email);
    clock.advanceMinutes(29);
    expect(await whoAmI(caller)).toBe(user.email);
    clock.advanceMinutes(30);
    expect(await whoAmI(caller)).toBeNull();
  });

  it('ends an active session 12 hours after sign-in', async () => {
    const caller = await signedIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock.advanceMinutes(20);
      expect(await whoAmI(caller), `after ${minutes} minutes`).toBe(user.email);
    }
    clock.advanceMinutes(20);
    expect(await whoAmI(caller)).toBeNull();
  });

  it('replaces the session the browser had when signing in again', async () => {
    const first = await signedIn();
    const response = await send(testApp.app, first, {
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(await whoAmI(first)).toBeNull();
  });
});
