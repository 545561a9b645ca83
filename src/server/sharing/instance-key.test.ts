import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { ensureInstanceKey, instanceKey } from './instance-key.js';
import { signatureMatches, signPayload } from './signature.js';

describe.each(testDatabaseKinds())('the instance signing key on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });
  afterAll(() => testApp.close());

  it('is made once, on first start, even when several processes start at once', async () => {
    const db = testApp.app.db;
    expect((await instanceKey(db)).publicKey).toMatch(/^MCowBQYDK2VwAyEA/);
    // As on a database no process has started on yet.
    await db.deleteFrom('instance_keys').execute();
    await Promise.all(
      [1, 2, 3].map(() => ensureInstanceKey(testApp.app.store, new Date(), 'system:startup')),
    );
    expect(await db.selectFrom('instance_keys').select('public_key').execute()).toHaveLength(1);
    const created = await db
      .selectFrom('audit_events')
      .select('after_digest')
      .where('action', '=', 'instance-key.create')
      .execute();
    // One at the app's own start, one now: the racing starts made a single key between them.
    expect(created).toHaveLength(2);
  });

  it('signs what its public key verifies', async () => {
    const key = await instanceKey(testApp.app.db);
    const payload = { hello: 'world', list: [1, 2] };
    const signature = signPayload(payload, key);
    expect(signatureMatches({ list: [1, 2], hello: 'world' }, signature)).toBe(true);
    expect(signatureMatches({ hello: 'world', list: [1, 3] }, signature)).toBe(false);
  });
});
