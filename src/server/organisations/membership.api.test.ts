import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredOrganisation } from './organisation.repository.js';
import {
  createInvite,
  createMember,
  createOrganisation,
  createSession,
  createUser,
  type TestSession,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

describe.each(testDatabaseKinds())('members on %s', (kind) => {
  let testApp: TestApp;
  let organisation: StoredOrganisation;
  let lead: TestSession;
  let leadMembershipId: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    organisation = await createOrganisation(testApp.app.db);
    const member = await createMember(testApp.app.db, organisation.id, 'lead');
    lead = await createSession(testApp.app.db, member.user.id);
    leadMembershipId = member.membership.id;
  });
  afterAll(() => testApp.close());

  const membersUrl = () => `/api/organisations/${organisation.id}/members`;
  const patch = (caller: TestSession, membershipId: string, payload: unknown) =>
    send(testApp.app, caller, {
      method: 'PATCH',
      url: `${membersUrl()}/${membershipId}`,
      payload,
    });

  it('never demotes or removes the last lead', async () => {
    const demote = await patch(lead, leadMembershipId, { version: 1, role: 'facilitator' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toMatch(
      /is the only lead of this organisation, so they cannot be given another role\. Make someone else a lead first\./,
    );
    const remove = await send(testApp.app, lead, {
      method: 'DELETE',
      url: `${membersUrl()}/${leadMembershipId}`,
    });
    expect(remove.statusCode).toBe(409);
    expect(remove.json().detail).toMatch(/cannot be removed/);
  });

  it('changes a role with a version check and limits only contributors to capabilities', async () => {
    const { membership } = await createMember(testApp.app.db, organisation.id, 'observer');
    const scoped = await patch(lead, membership.id, {
      version: 1,
      role: 'contributor',
      capabilityScope: ['victim', 'industry'],
    });
    expect(scoped.json()).toMatchObject({
      role: 'contributor',
      capabilityScope: ['industry', 'victim'],
      version: 2,
    });

    const stale = await patch(lead, membership.id, { version: 1, role: 'observer' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ role: 'contributor', version: 2 });

    const wrongScope = await patch(lead, membership.id, {
      version: 2,
      role: 'facilitator',
      capabilityScope: ['victim'],
    });
    expect(wrongScope.statusCode).toBe(422);
  });

  it('lets a second lead be made, after which the first may step down', async () => {
    const { membership } = await createMember(testApp.app.db, organisation.id, 'facilitator');
    expect((await patch(lead, membership.id, { version: 1, role: 'lead' })).statusCode).toBe(200);
    const stepDown = await patch(lead, leadMembershipId, { version: 1, role: 'facilitator' });
    expect(stepDown.statusCode).toBe(200);
  });

  it('does not reach a membership of another organisation through this one', async () => {
    const other = await createOrganisation(testApp.app.db);
    const { membership } = await createMember(testApp.app.db, other.id, 'observer');
    const manager = await createMember(testApp.app.db, organisation.id, 'lead');
    const response = await patch(
      await createSession(testApp.app.db, manager.user.id),
      membership.id,
      { version: 1, role: 'contributor' },
    );
    expect(response.statusCode).toBe(404);
  });

  it('shows pending invites to leads, lead invites to admins and none to other members', async () => {
    const inviterLead = await createMember(testApp.app.db, organisation.id, 'lead');
    const leadInvite = await createInvite(testApp.app.db, {
      organisationId: organisation.id,
      invitedBy: inviterLead.user.id,
      role: 'lead',
    });
    const observerInvite = await createInvite(testApp.app.db, {
      organisationId: organisation.id,
      invitedBy: inviterLead.user.id,
    });
    const pendingIds = async (caller: TestSession) =>
      (
        (await send(testApp.app, caller, { method: 'GET', url: membersUrl() })).json() as {
          invites: { id: string }[];
        }
      ).invites.map((invite) => invite.id);

    const leadView = await pendingIds(await createSession(testApp.app.db, inviterLead.user.id));
    expect(leadView).toEqual(expect.arrayContaining([leadInvite.id, observerInvite.id]));
    const admin = await createUser(testApp.app.db, { instanceRole: 'admin' });
    const adminView = await pendingIds(await createSession(testApp.app.db, admin.id));
    expect(adminView).toContain(leadInvite.id);
    expect(adminView).not.toContain(observerInvite.id);
    const observer = await createMember(testApp.app.db, organisation.id, 'observer');
    expect(await pendingIds(await createSession(testApp.app.db, observer.user.id))).toEqual([]);
  });
});
