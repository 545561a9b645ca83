import type { StoredUser } from '../accounts/user.repository.js';
import type { AppInstance } from '../app.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';
import {
  addMember,
  createInvite,
  createMember,
  createOrganisation,
  createPasswordReset,
  createSession,
  createSetupToken,
  createUser,
  TEST_PASSWORD,
} from './factories.js';
import type { Caller, TestRequest } from './requests.js';

/** Everyone the matrix asks: the members of organisation A by role, an outsider and the instance roles. */
export const ACTORS = [
  'anonymous',
  'leadA',
  'facilitatorA',
  'contributorA',
  'observerA',
  'leadB',
  'admin',
  'secretariat',
] as const;
export type ActorName = (typeof ACTORS)[number];

export type World = {
  app: AppInstance;
  orgA: StoredOrganisation;
  orgB: StoredOrganisation;
  users: Record<Exclude<ActorName, 'anonymous'>, StoredUser>;
  /** An account anyone may sign in as. */
  spare: StoredUser;
};

export async function buildWorld(app: AppInstance): Promise<World> {
  const db = app.db;
  const orgA = await createOrganisation(db, { government_system: 'federal' });
  const orgB = await createOrganisation(db, { country_code: 'KE', region: 'africa' });
  const users = {
    leadA: (await createMember(db, orgA.id, 'lead')).user,
    facilitatorA: (await createMember(db, orgA.id, 'facilitator')).user,
    contributorA: (await createMember(db, orgA.id, 'contributor')).user,
    observerA: (await createMember(db, orgA.id, 'observer')).user,
    leadB: (await createMember(db, orgB.id, 'lead')).user,
    admin: await createUser(db, { instanceRole: 'admin' }),
    secretariat: await createUser(db, { instanceRole: 'secretariat' }),
  };
  return { app, orgA, orgB, users, spare: await createUser(db) };
}

/** A fresh session for every request, so signing out in one request cannot affect the next. */
export async function callerFor(world: World, actor: ActorName): Promise<Caller> {
  if (actor === 'anonymous') return null;
  return createSession(world.app.db, world.users[actor].id);
}

type Build = (world: World, actor: ActorName) => Promise<TestRequest> | TestRequest;

const NEW_PASSWORD = 'quartz meadow compass 4';

/**
 * One request per route, as an allowed caller would send it. Destructive routes build a fresh
 * target for every actor.
 */
export const ROUTE_REQUESTS: Record<string, Build> = {
  'GET /api/health': () => ({ method: 'GET', url: '/api/health' }),
  'GET /api/frameworks': () => ({ method: 'GET', url: '/api/frameworks' }),
  'GET /api/frameworks/:key': () => ({ method: 'GET', url: '/api/frameworks/mnr' }),
  'GET /api/openapi.json': () => ({ method: 'GET', url: '/api/openapi.json' }),
  'GET /api/session': () => ({ method: 'GET', url: '/api/session' }),
  'POST /api/session': (world) => ({
    method: 'POST',
    url: '/api/session',
    payload: { email: world.spare.email, password: TEST_PASSWORD },
  }),
  'DELETE /api/session': () => ({ method: 'DELETE', url: '/api/session' }),
  'DELETE /api/sessions': () => ({ method: 'DELETE', url: '/api/sessions' }),
  'POST /api/setup': async (world) => ({
    method: 'POST',
    url: '/api/setup',
    payload: {
      token: (await createSetupToken(world.app.db)).token,
      email: 'first@example.org',
      displayName: 'First',
      password: NEW_PASSWORD,
    },
  }),
  'POST /api/password-reset/request': (world) => ({
    method: 'POST',
    url: '/api/password-reset/request',
    payload: { email: world.spare.email },
  }),
  'POST /api/password-reset': async (world) => {
    const user = await createUser(world.app.db);
    const reset = await createPasswordReset(world.app.db, user.id);
    return {
      method: 'POST',
      url: '/api/password-reset',
      payload: { token: reset.token, password: NEW_PASSWORD },
    };
  },
  'POST /api/invites/lookup': async (world) => {
    const invite = await createInvite(world.app.db, {
      organisationId: world.orgA.id,
      invitedBy: world.users.leadA.id,
    });
    return { method: 'POST', url: '/api/invites/lookup', payload: { token: invite.token } };
  },
  'POST /api/invites/accept': async (world, actor) => {
    const db = world.app.db;
    if (actor === 'anonymous') {
      const invite = await createInvite(db, {
        organisationId: world.orgA.id,
        invitedBy: world.users.leadA.id,
      });
      return {
        method: 'POST',
        url: '/api/invites/accept',
        payload: { token: invite.token, displayName: 'New Person', password: NEW_PASSWORD },
      };
    }
    const organisation = await createOrganisation(db);
    const inviter = await createUser(db);
    await addMember(db, organisation.id, inviter.id, 'lead');
    const invite = await createInvite(db, {
      organisationId: organisation.id,
      invitedBy: inviter.id,
      email: world.users[actor].email,
    });
    return { method: 'POST', url: '/api/invites/accept', payload: { token: invite.token } };
  },
  'GET /api/reference/countries': () => ({
    method: 'GET',
    url: '/api/reference/countries?locale=fr',
  }),
  'GET /api/organisations': () => ({ method: 'GET', url: '/api/organisations' }),
  'POST /api/organisations': () => ({
    method: 'POST',
    url: '/api/organisations',
    payload: {
      kind: 'national',
      name: 'Ministry of the Interior',
      countryCode: 'BR',
      region: 'americas',
      incomeGroup: 'upper-middle',
      governmentSystem: 'federal',
    },
  }),
  'GET /api/organisations/:organisationId': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}`,
  }),
  'PATCH /api/organisations/:organisationId': async (world) => {
    const current = await world.app.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', world.orgA.id)
      .executeTakeFirstOrThrow();
    return {
      method: 'PATCH',
      url: `/api/organisations/${world.orgA.id}`,
      payload: {
        version: current.version,
        name: current.name,
        region: current.region,
        incomeGroup: current.income_group,
        governmentSystem: current.government_system,
      },
    };
  },
  'GET /api/organisations/:organisationId/members': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}/members`,
  }),
  'POST /api/organisations/:organisationId/invites': (world, actor) => ({
    method: 'POST',
    url: `/api/organisations/${world.orgA.id}/invites`,
    payload: { email: `lead-invite-${actor}-${Date.now()}@example.org`, role: 'lead' },
  }),
  'DELETE /api/organisations/:organisationId/invites/:inviteId': async (world) => {
    const invite = await createInvite(world.app.db, {
      organisationId: world.orgA.id,
      invitedBy: world.users.leadA.id,
      role: 'lead',
    });
    return { method: 'DELETE', url: `/api/organisations/${world.orgA.id}/invites/${invite.id}` };
  },
  'PATCH /api/organisations/:organisationId/members/:membershipId': async (world) => {
    const { membership } = await createMember(world.app.db, world.orgA.id, 'observer');
    return {
      method: 'PATCH',
      url: `/api/organisations/${world.orgA.id}/members/${membership.id}`,
      payload: { version: 1, role: 'contributor', capabilityScope: ['victim'] },
    };
  },
  'DELETE /api/organisations/:organisationId/members/:membershipId': async (world) => {
    const { membership } = await createMember(world.app.db, world.orgA.id, 'observer');
    return {
      method: 'DELETE',
      url: `/api/organisations/${world.orgA.id}/members/${membership.id}`,
    };
  },
  'GET /api/users': () => ({ method: 'GET', url: '/api/users' }),
  'PATCH /api/users/:userId': async (world) => {
    const user = await createUser(world.app.db);
    return {
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { instanceRole: 'secretariat' },
    };
  },
};
