import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptInviteResultSchema, createdInviteSchema } from '../../domain/accounts/index.js';
import type { StoredUser } from '../accounts/user.repository.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';
import { testClock } from '../test-support/clock.js';
import {
  createInvite,
  createMember,
  createOrganisation,
  createSession,
  createUser,
  type TestSession,
} from '../test-support/factories.js';
import { send, sessionCookieOf, type Caller } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

const PASSWORD = 'quartz meadow compass 4';

describe.each(testDatabaseKinds())('invites on %s', (kind) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof testClock>;
  let organisation: StoredOrganisation;
  let leadUser: StoredUser;
  let lead: TestSession;

  beforeEach(async () => {
    clock = testClock();
    testApp = await startTestApp(kind, { now: clock.now });
    organisation = await createOrganisation(testApp.app.db, { name: 'Ministry of Justice' });
    leadUser = (await createMember(testApp.app.db, organisation.id, 'lead')).user;
    lead = await createSession(testApp.app.db, leadUser.id, clock.now());
  });
  afterEach(() => testApp.close());

  const invite = (caller: Caller, payload: unknown) =>
    send(testApp.app, caller, {
      method: 'POST',
      url: `/api/organisations/${organisation.id}/invites`,
      payload,
    });
  const accept = (caller: Caller, payload: unknown) =>
    send(testApp.app, caller, { method: 'POST', url: '/api/invites/accept', payload });
  const tokenOf = (link: string) => link.split('#token=')[1]!;

  it('invites by link; the new person previews it, creates an account and is signed in', async () => {
    const created = await invite(lead, { email: 'New.Person@Example.org', role: 'contributor' });
    expect(created.statusCode).toBe(201);
    const body = createdInviteSchema.parse(created.json());
    expect(body.link).toMatch(/^http:\/\/mnr\.test\/invite#token=[\w-]{43}$/);
    expect(body).toMatchObject({
      emailed: false,
      invite: {
        email: 'new.person@example.org',
        role: 'contributor',
        invitedBy: leadUser.display_name,
      },
    });

    const preview = await send(testApp.app, null, {
      method: 'POST',
      url: '/api/invites/lookup',
      payload: { token: tokenOf(body.link) },
    });
    expect(preview.json()).toEqual({
      organisationName: 'Ministry of Justice',
      role: 'contributor',
      email: 'new.person@example.org',
      accountExists: false,
      expiresAt: '2026-03-09T09:00:00.000Z',
    });

    const accepted = await accept(null, {
      token: tokenOf(body.link),
      displayName: 'New Person',
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    expect(acceptInviteResultSchema.parse(accepted.json())).toMatchObject({
      outcome: 'account-created',
      organisationId: organisation.id,
      user: { email: 'new.person@example.org', memberships: [{ role: 'contributor' }] },
    });
    expect(sessionCookieOf(accepted)).toBeDefined();

    const again = await accept(null, {
      token: tokenOf(body.link),
      displayName: 'X',
      password: PASSWORD,
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().detail).toBe('This invitation has already been used.');
  });

  it('refuses an expired invite, naming when and whom to ask', async () => {
    const { token } = await createInvite(testApp.app.db, {
      organisationId: organisation.id,
      invitedBy: leadUser.id,
      createdAt: clock.now(),
      expiresAt: new Date(clock.now().getTime() + 7 * 24 * 60 * 60_000),
    });
    clock.advanceMinutes(7 * 24 * 60);
    const response = await accept(null, { token, displayName: 'Late', password: PASSWORD });
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toBe(
      `This invitation expired on 2026-03-09 09:00 UTC; ask ${leadUser.display_name} (${leadUser.email}) for a new one.`,
    );
  });

  it('refuses a withdrawn invite, and a new invite to the same email replaces the earlier one', async () => {
    const first = createdInviteSchema.parse(
      (await invite(lead, { email: 'a@example.org', role: 'observer' })).json(),
    );
    const second = createdInviteSchema.parse(
      (await invite(lead, { email: 'a@example.org', role: 'facilitator' })).json(),
    );
    const replaced = await accept(null, {
      token: tokenOf(first.link),
      displayName: 'A',
      password: PASSWORD,
    });
    expect(replaced.statusCode).toBe(410);
    expect(replaced.json().detail).toMatch(/^This invitation was withdrawn/);

    const revoke = await send(testApp.app, lead, {
      method: 'DELETE',
      url: `/api/organisations/${organisation.id}/invites/${second.invite.id}`,
    });
    expect(revoke.statusCode).toBe(204);
    expect(
      (
        await accept(null, { token: tokenOf(second.link), displayName: 'A', password: PASSWORD })
      ).json().reason,
    ).toBe('revoked');
  });

  it('asks someone with an account to sign in as that email, then adds the membership once', async () => {
    const existing = await createUser(testApp.app.db);
    const { token } = await createInvite(testApp.app.db, {
      organisationId: organisation.id,
      invitedBy: leadUser.id,
      email: existing.email,
      role: 'facilitator',
    });

    const anonymous = await accept(null, { token });
    expect(anonymous.statusCode).toBe(409);
    expect(anonymous.json().detail).toBe(
      `This invitation is for ${existing.email}, who already has an account. Sign in as ${existing.email} first, then open the link again.`,
    );
    expect((await accept(lead, { token })).statusCode).toBe(409);

    const session = await createSession(testApp.app.db, existing.id, clock.now());
    const joined = await accept(session, { token });
    expect(joined.json()).toMatchObject({
      outcome: 'membership-added',
      user: { memberships: [{ organisationId: organisation.id, role: 'facilitator' }] },
    });
  });

  it('says so when the person is already a member, and changes nothing', async () => {
    const member = await createMember(testApp.app.db, organisation.id, 'observer');
    const { token } = await createInvite(testApp.app.db, {
      organisationId: organisation.id,
      invitedBy: leadUser.id,
      email: member.user.email,
      role: 'lead',
    });
    const response = await accept(
      await createSession(testApp.app.db, member.user.id, clock.now()),
      { token },
    );
    expect(response.json()).toMatchObject({
      outcome: 'already-member',
      user: { memberships: [{ role: 'observer' }] },
    });
  });

  it('refuses to invite a member again, and lets an admin invite leads only', async () => {
    const member = await createMember(testApp.app.db, organisation.id, 'observer');
    const duplicate = await invite(lead, { email: member.user.email, role: 'observer' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toMatch(
      /is already a member of Ministry of Justice \(observer\)/,
    );

    const admin = await createSession(
      testApp.app.db,
      (await createUser(testApp.app.db, { instanceRole: 'admin' })).id,
      clock.now(),
    );
    expect((await invite(admin, { email: 'x@example.org', role: 'observer' })).statusCode).toBe(
      403,
    );
    expect((await invite(admin, { email: 'x@example.org', role: 'lead' })).statusCode).toBe(201);
  });

  it('does not withdraw an invite of another organisation through this one', async () => {
    const other = await createOrganisation(testApp.app.db);
    const otherLead = await createMember(testApp.app.db, other.id, 'lead');
    const foreign = await createInvite(testApp.app.db, {
      organisationId: other.id,
      invitedBy: otherLead.user.id,
    });
    const response = await send(testApp.app, lead, {
      method: 'DELETE',
      url: `/api/organisations/${organisation.id}/invites/${foreign.id}`,
    });
    expect(response.statusCode).toBe(404);
  });
});
