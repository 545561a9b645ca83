import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuePasswordReset } from '../accounts/password-reset.commands.js';
import { createMember, createOrganisation, createSession } from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { verifyAuditChain } from './audit.queries.js';
import { auditEventHash, GENESIS_HASH } from './audit.js';

describe.each(testDatabaseKinds())('audit trail on %s', (kind) => {
  let testApp: TestApp;

  beforeEach(async () => {
    testApp = await startTestApp(kind);
  });
  afterEach(() => testApp.close());

  const events = () =>
    testApp.app.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();

  /** Three audited writes through the API: an organisation change and two invites. */
  async function someWrites(): Promise<void> {
    const organisation = await createOrganisation(testApp.app.db);
    const { user } = await createMember(testApp.app.db, organisation.id, 'lead');
    const lead = await createSession(testApp.app.db, user.id);
    const url = `/api/organisations/${organisation.id}`;
    await send(testApp.app, lead, {
      method: 'PATCH',
      url,
      payload: {
        version: 1,
        name: 'Renamed',
        region: 'europe',
        incomeGroup: 'high',
        governmentSystem: 'centralised',
      },
    });
    for (const email of ['a@example.org', 'b@example.org']) {
      await send(testApp.app, lead, {
        method: 'POST',
        url: `${url}/invites`,
        payload: { email, role: 'observer' },
      });
    }
  }

  it('records who changed what, with digests of before and after, in a hash chain', async () => {
    await someWrites();
    const chain = await events();
    expect(chain.map((event) => event.action)).toEqual([
      'instance-key.create',
      'organisation.update',
      'invite.create',
      'invite.create',
    ]);
    expect(chain.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    const [startup, first, second] = chain;
    expect(startup).toMatchObject({ actor: 'system:startup', prev_hash: GENESIS_HASH });
    expect(first).toMatchObject({
      actor: expect.stringMatching(/^user:/),
      entity_type: 'organisation',
      before_digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      after_digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      prev_hash: startup?.hash,
    });
    expect(second?.prev_hash).toBe(first?.hash);
    const { hash, ...fields } = first!;
    expect(auditEventHash(fields)).toBe(hash);
    expect(await verifyAuditChain(testApp.app.db)).toEqual({ intact: true, count: 4 });
  });

  it('names the first event that was edited in the database', async () => {
    await someWrites();
    const [, , firstInvite] = await events();
    await testApp.app.db
      .updateTable('audit_events')
      .set({ entity_id: 'someone-else' })
      .where('seq', '=', 3)
      .execute();
    expect(await verifyAuditChain(testApp.app.db)).toEqual({
      intact: false,
      count: 2,
      broken: {
        seq: 3,
        id: firstInvite!.id,
        action: 'invite.create',
        problem: 'its contents no longer match its hash',
      },
    });
  });

  it('notices a removed event', async () => {
    await someWrites();
    await testApp.app.db.deleteFrom('audit_events').where('seq', '=', 2).execute();
    const report = await verifyAuditChain(testApp.app.db);
    expect(report).toMatchObject({ intact: false, broken: { seq: 3 } });
  });

  it('keeps one unbroken chain under concurrent writes', async () => {
    const organisation = await createOrganisation(testApp.app.db);
    const { user } = await createMember(testApp.app.db, organisation.id, 'lead');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        issuePasswordReset(testApp.app.store, user.email, 1, 'anonymous', new Date()),
      ),
    );
    const chain = await events();
    // The instance's signing key, made on first start, is the first event of every chain.
    expect(chain.map((event) => event.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(await verifyAuditChain(testApp.app.db)).toEqual({ intact: true, count: 21 });
    if (kind === 'postgres') {
      const heads = await sql<{ count: number }>`
        SELECT count(*) AS count FROM audit_events a
        WHERE NOT EXISTS (SELECT 1 FROM audit_events b WHERE b.prev_hash = a.hash)`.execute(
        testApp.app.db,
      );
      expect(heads.rows[0]?.count).toBe(1);
    }
  });
});
