import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionUserSchema } from '../../domain/accounts/index.js';
import { testClock } from '../test-support/clock.js';
import { createUser } from '../test-support/factories.js';
import { send, sessionCookieOf } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { issueSetupToken } from './setup.commands.js';

const PASSWORD = 'granite harbour lantern 7';

describe.each(testDatabaseKinds())('first-run setup on %s', (kind) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof testClock>;

  beforeEach(async () => {
    clock = testClock();
    testApp = await startTestApp(kind, { now: clock.now });
  });
  afterEach(() => testApp.close());

  const setup = (token: string, password = PASSWORD) =>
    send(testApp.app, null, {
      method: 'POST',
      url: '/api/setup',
      payload: { token, email: 'Admin@Ministry.gov', displayName: 'Ada Admin', password },
    });

  it('says setup is pending, then creates the first account as instance admin and signs it in', async () => {
    const pending = await send(testApp.app, null, { method: 'GET', url: '/api/session' });
    expect(pending.json()).toEqual({ user: null, csrfToken: null, setupRequired: true });

    const issued = await issueSetupToken(testApp.app.store, clock.now());
    const response = await setup(issued!.token);
    expect(response.statusCode).toBe(201);
    const { user } = response.json() as { user: unknown };
    expect(sessionUserSchema.parse(user)).toMatchObject({
      email: 'admin@ministry.gov',
      displayName: 'Ada Admin',
      instanceRole: 'admin',
      memberships: [],
    });
    const token = sessionCookieOf(response);
    expect(token).toBeDefined();

    const session = await send(
      testApp.app,
      { token: token!, csrfToken: '' },
      {
        method: 'GET',
        url: '/api/session',
      },
    );
    expect(session.json()).toMatchObject({ setupRequired: false, user: { instanceRole: 'admin' } });
    expect(await issueSetupToken(testApp.app.store, clock.now())).toBeUndefined();
  });

  /** What `mnr demo` adds: members of organisations, none of them an instance administrator. */
  const addDemoLikeAccounts = async () => {
    await createUser(testApp.app.db, { email: 'lead@norland.example' });
    await createUser(testApp.app.db, { instanceRole: 'secretariat' });
  };

  it('takes the link printed at start after demo data was loaded, as no administrator exists yet', async () => {
    const issued = await issueSetupToken(testApp.app.store, clock.now());
    await addDemoLikeAccounts();
    const pending = await send(testApp.app, null, { method: 'GET', url: '/api/session' });
    expect(pending.json()).toMatchObject({ setupRequired: true });

    const response = await setup(issued!.token);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ user: { instanceRole: 'admin' } });
    expect(await issueSetupToken(testApp.app.store, clock.now())).toBeUndefined();
  });

  it('prints a setup link at start when demo data was loaded before', async () => {
    await addDemoLikeAccounts();
    const issued = await issueSetupToken(testApp.app.store, clock.now());
    expect(issued).toBeDefined();
    expect((await setup(issued!.token)).statusCode).toBe(201);
  });

  it('refuses a used setup link, saying it was used', async () => {
    const issued = await issueSetupToken(testApp.app.store, clock.now());
    expect((await setup(issued!.token)).statusCode).toBe(201);
    const again = await setup(issued!.token);
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({
      detail: 'This setup link has already been used.',
      reason: 'used',
    });
  });

  it('invalidates older links at each start', async () => {
    const first = await issueSetupToken(testApp.app.store, clock.now());
    const second = await issueSetupToken(testApp.app.store, clock.now());
    const refused = await setup(first!.token);
    expect(refused.statusCode).toBe(410);
    expect(refused.json().detail).toMatch(/replaced by a newer one/);
    expect((await setup(second!.token)).statusCode).toBe(201);
  });

  it('refuses an expired setup link with its expiry time', async () => {
    const issued = await issueSetupToken(testApp.app.store, clock.now());
    clock.advanceMinutes(24 * 60 + 1);
    const response = await setup(issued!.token);
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toBe(
      'This setup link expired on 2026-03-03 09:00 UTC; restart the server to print a new one.',
    );
  });

  it('refuses an unknown link, a short password and a common one', async () => {
    expect((await setup('x'.repeat(43))).statusCode).toBe(404);
    const issued = await issueSetupToken(testApp.app.store, clock.now());
    expect((await setup(issued!.token, 'short')).statusCode).toBe(400);
    const common = await setup(issued!.token, 'Password123456');
    expect(common.statusCode).toBe(422);
    expect(common.json()).toMatchObject({
      errors: [{ path: 'body.password', message: expect.stringMatching(/most common/) }],
    });
  });
});
