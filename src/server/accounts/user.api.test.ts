import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createUser, type TestSession } from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('instance roles on %s', (kind) => {
  let testApp: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    const user = await createUser(testApp.app.db, { instanceRole: 'admin', email: 'a@x.org' });
    admin = await createSession(testApp.app.db, user.id);
  });
  afterAll(() => testApp.close());

  const setRole = (userId: string, instanceRole: string | null) =>
    send(testApp.app, admin, {
      method: 'PATCH',
      url: `/api/users/${userId}`,
      payload: { instanceRole },
    });

  it('lists accounts with their instance roles', async () => {
    const response = await send(testApp.app, admin, { method: 'GET', url: '/api/users' });
    expect(response.json()).toContainEqual({
      id: admin.userId,
      email: 'a@x.org',
      displayName: expect.any(String),
      instanceRole: 'admin',
    });
  });

  it('never lets the last admin give up the role, and allows it once there is another', async () => {
    const refused = await setRole(admin.userId, null);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/only instance administrator/);

    const other = await createUser(testApp.app.db);
    expect((await setRole(other.id, 'admin')).json()).toMatchObject({ instanceRole: 'admin' });
    expect((await setRole(admin.userId, 'secretariat')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown user', async () => {
    const other = await createUser(testApp.app.db, { instanceRole: 'admin' });
    const session = await createSession(testApp.app.db, other.id);
    const response = await send(testApp.app, session, {
      method: 'PATCH',
      url: '/api/users/no-such-user',
      payload: { instanceRole: null },
    });
    expect(response.statusCode).toBe(404);
  });
});
