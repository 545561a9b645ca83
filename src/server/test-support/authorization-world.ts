import type { StoredUser } from '../accounts/user.repository.js';
import type { AppInstance } from '../app.js';
import type { StoredAssessment } from '../assessments/assessment.repository.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';
import { createEvidenceLink, SAMPLE_FILES, uploadRequest } from './evidence-samples.js';
import {
  createExchangeProposal,
  receiveCandidatePair,
} from '../exchange/test-support/exchange-submissions.js';
import {
  addMember,
  createAssessment,
  createInvite,
  createMember,
  createOrganisation,
  createPasswordReset,
  createSession,
  createSetupToken,
  createUser,
  TEST_PASSWORD,
} from './factories.js';
import { SHARING_ROUTE_REQUESTS } from '../sharing/test-support/sharing-route-requests.js';
import { send, type Caller, type TestRequest } from './requests.js';

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
  /** A draft assessment of organisation A, with one evidence file. */
  assessment: StoredAssessment;
  fileId: string;
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
  const assessment = await createAssessment(db, orgA.id, users.leadA.id);
  const world = { app, orgA, orgB, users, spare: await createUser(db), assessment, fileId: '' };
  world.fileId = await uploadAsLead(world);
  return world;
}

/** Uploads a PDF to leadership.1.1 as the lead of A and returns the new file's id. */
async function uploadAsLead(world: World): Promise<string> {
  const response = await send(
    world.app,
    await createSession(world.app.db, world.users.leadA.id),
    uploadRequest(world.assessment.id, 'leadership.1.1', {
      bytes: SAMPLE_FILES.pdf,
      type: 'application/pdf',
      name: 'report.pdf',
    }),
  );
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
  const files = (response.json() as { files: { id: string }[] }).files;
  const last = files.at(-1);
  if (!last) throw new Error('the upload returned no file');
  return last.id;
}

const assessmentUrl = (world: World) => `/api/assessments/${world.assessment.id}`;

/** The version a record has now, so every actor's write is based on the latest one. */
async function currentVersion(
  query: Promise<{ version: number } | undefined>,
): Promise<number | null> {
  return (await query)?.version ?? null;
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
  'GET /api/organisations/:organisationId/assessments': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}/assessments`,
  }),
  'POST /api/organisations/:organisationId/assessments': (world) => ({
    method: 'POST',
    url: `/api/organisations/${world.orgA.id}/assessments`,
    payload: {
      title: 'Second cycle',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      leadBody: 'Ministry of the Interior',
    },
  }),
  'GET /api/assessments/:assessmentId': (world) => ({ method: 'GET', url: assessmentUrl(world) }),
  'PATCH /api/assessments/:assessmentId': async (world) => ({
    method: 'PATCH',
    url: assessmentUrl(world),
    payload: {
      version: await currentVersion(
        world.app.db
          .selectFrom('assessments')
          .select('version')
          .where('id', '=', world.assessment.id)
          .executeTakeFirst(),
      ),
      title: 'First cycle',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      leadBody: 'Ministry of Justice',
    },
  }),
  'POST /api/assessments/:assessmentId/finalise': async (world) => {
    const fresh = await createAssessment(world.app.db, world.orgA.id, world.users.leadA.id);
    return {
      method: 'POST',
      url: `/api/assessments/${fresh.id}/finalise`,
      payload: { version: 1 },
    };
  },
  'GET /api/assessments/:assessmentId/sub-domains/:subDomainKey': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/sub-domains/leadership`,
  }),
  'PUT /api/assessments/:assessmentId/indicators/:indicatorKey': async (world) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/indicators/leadership.1.2`,
    payload: {
      version: await currentVersion(
        world.app.db
          .selectFrom('indicator_ratings')
          .select('version')
          .where('assessment_id', '=', world.assessment.id)
          .where('indicator_key', '=', 'leadership.1.2')
          .executeTakeFirst(),
      ),
      status: 'met',
      evidenceText: 'Minutes of the oversight body',
    },
  }),
  'POST /api/assessments/:assessmentId/indicators/:indicatorKey/links': (world) => ({
    method: 'POST',
    url: `${assessmentUrl(world)}/indicators/leadership.1.2/links`,
    payload: { url: 'https://example.org/national-plan', label: 'National plan' },
  }),
  'DELETE /api/assessments/:assessmentId/indicators/:indicatorKey/links/:linkId': async (world) => {
    const linkId = await createEvidenceLink(world.app.db, {
      assessmentId: world.assessment.id,
      indicatorKey: 'leadership.1.2',
      addedBy: world.users.leadA.id,
    });
    return {
      method: 'DELETE',
      url: `${assessmentUrl(world)}/indicators/leadership.1.2/links/${linkId}`,
    };
  },
  'POST /api/assessments/:assessmentId/indicators/:indicatorKey/files': (world) =>
    uploadRequest(world.assessment.id, 'leadership.1.3', {
      bytes: SAMPLE_FILES.csv,
      type: 'text/csv',
      name: 'statistics.csv',
    }),
  'GET /api/assessments/:assessmentId/files/:fileId': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/files/${world.fileId}`,
  }),
  'DELETE /api/assessments/:assessmentId/files/:fileId': async (world) => ({
    method: 'DELETE',
    url: `${assessmentUrl(world)}/files/${await uploadAsLead(world)}`,
  }),
  'PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/proposal': async (
    world,
    actor,
  ) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/sub-domains/leadership/proposal`,
    payload: {
      version:
        actor === 'anonymous'
          ? null
          : await currentVersion(
              world.app.db
                .selectFrom('stage_proposals')
                .select('version')
                .where('assessment_id', '=', world.assessment.id)
                .where('sub_domain_key', '=', 'leadership')
                .where('user_id', '=', world.users[actor].id)
                .executeTakeFirst(),
            ),
      stage: 2,
      comment: 'Training is under way in every region.',
    },
  }),
  'POST /api/assessments/:assessmentId/sub-domains/:subDomainKey/posts': (world) => ({
    method: 'POST',
    url: `${assessmentUrl(world)}/sub-domains/leadership/posts`,
    payload: { body: 'The oversight body met twice this year.' },
  }),
  'PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/result': async (world) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/sub-domains/leadership/result`,
    payload: {
      version: await resultVersion(world, 'sub-domain', 'leadership'),
      result: { kind: 'stage', stage: 1, rationale: 'Agreed in the March workshop.' },
    },
  }),
  'PUT /api/assessments/:assessmentId/capabilities/:capabilityKey/result': async (world) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/capabilities/policy-governance/result`,
    payload: {
      version: await resultVersion(world, 'capability', 'policy-governance'),
      result: { kind: 'stage', stage: 1, rationale: 'Two sub-domains are still open.' },
    },
  }),
  'PUT /api/assessments/:assessmentId/enablers/:enablerKey': async (world) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/enablers/data-and-evidence`,
    payload: {
      version: await currentVersion(
        world.app.db
          .selectFrom('enabler_notes')
          .select('version')
          .where('assessment_id', '=', world.assessment.id)
          .where('enabler_key', '=', 'data-and-evidence')
          .executeTakeFirst(),
      ),
      note: 'Data on reports is collected but not yet shared.',
    },
  }),
  'GET /api/assessments/:assessmentId/plan': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/plan`,
  }),
  'POST /api/assessments/:assessmentId/plan-items': (world) => ({
    method: 'POST',
    url: `${assessmentUrl(world)}/plan-items`,
    payload: PLAN_ITEM,
  }),
  'PUT /api/assessments/:assessmentId/plan-items/:planItemId': async (world) => ({
    method: 'PUT',
    url: `${assessmentUrl(world)}/plan-items/${await planItemOf(world)}`,
    payload: { ...PLAN_ITEM, version: 1, status: 'in-progress' },
  }),
  'DELETE /api/assessments/:assessmentId/plan-items/:planItemId': async (world) => ({
    method: 'DELETE',
    url: `${assessmentUrl(world)}/plan-items/${await planItemOf(world)}`,
    payload: { version: 1 },
  }),
  'PUT /api/assessments/:assessmentId/plan-suggestions/:indicatorKey': async (world) => {
    await agreeLegislation(world);
    return {
      method: 'PUT',
      url: `${assessmentUrl(world)}/plan-suggestions/legislation.1.1`,
      payload: {
        version: await currentVersion(
          world.app.db
            .selectFrom('plan_suggestion_decisions')
            .select('version')
            .where('assessment_id', '=', world.assessment.id)
            .where('indicator_key', '=', 'legislation.1.1')
            .executeTakeFirst(),
        ),
        dismissed: true,
      },
    };
  },
  'GET /api/assessments/:assessmentId/export': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/export?format=json`,
  }),
  'POST /api/organisations/:organisationId/assessment-imports': async (world) => {
    const exported = await send(world.app, await callerFor(world, 'leadA'), {
      method: 'GET',
      url: `${assessmentUrl(world)}/export?format=json`,
    });
    return {
      method: 'POST',
      url: `/api/organisations/${world.orgA.id}/assessment-imports?name=export.json`,
      headers: { 'content-type': 'application/json' },
      payload: exported.body,
    };
  },
  'GET /api/assessments/:assessmentId/events': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/events`,
    stream: true,
  }),
  'GET /api/reference/countries/:countryCode/classification': () => ({
    method: 'GET',
    url: '/api/reference/countries/KE/classification',
  }),
  'GET /api/secretariat/aggregates': () => ({
    method: 'GET',
    url: '/api/secretariat/aggregates?by=region',
  }),
  'GET /api/secretariat/aggregates/trends': () => ({
    method: 'GET',
    url: '/api/secretariat/aggregates/trends',
  }),
  'GET /api/secretariat/aggregates/support-interest': () => ({
    method: 'GET',
    url: '/api/secretariat/aggregates/support-interest',
  }),
  'GET /api/secretariat/aggregates/export': () => ({
    method: 'GET',
    url: '/api/secretariat/aggregates/export?format=csv&by=income',
  }),
  'GET /api/assessments/:assessmentId/results': (world) => ({
    method: 'GET',
    url: `${assessmentUrl(world)}/results`,
  }),
  'GET /api/organisations/:organisationId/progress': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}/progress`,
  }),
  'GET /api/organisations/:organisationId/comparison': async (world) => {
    const later = await createAssessment(world.app.db, world.orgA.id, world.users.leadA.id);
    return {
      method: 'GET',
      url: `/api/organisations/${world.orgA.id}/comparison?earlier=${world.assessment.id}&later=${later.id}`,
    };
  },
  'GET /api/organisations/:organisationId/national-view': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}/national-view`,
  }),
  'GET /api/secretariat/exchange/candidates': () => ({
    method: 'GET',
    url: '/api/secretariat/exchange/candidates',
  }),
  'GET /api/secretariat/exchange/proposals': () => ({
    method: 'GET',
    url: '/api/secretariat/exchange/proposals',
  }),
  'POST /api/secretariat/exchange/proposals': async (world) => {
    const pair = await receiveCandidatePair(world.app.db, {
      seeker: world.orgA,
      offerer: world.orgB,
    });
    return {
      method: 'POST',
      url: '/api/secretariat/exchange/proposals',
      payload: {
        subDomain: pair.subDomain,
        seekerSubmissionId: pair.seeker.payload.submissionId,
        offererSubmissionId: pair.offerer.payload.submissionId,
      },
    };
  },
  'GET /api/organisations/:organisationId/exchange-proposals': (world) => ({
    method: 'GET',
    url: `/api/organisations/${world.orgA.id}/exchange-proposals`,
  }),
  'POST /api/organisations/:organisationId/exchange-proposals/:proposalId/decision': async (
    world,
  ) => {
    const proposalId = await createExchangeProposal(world.app.db, {
      seeker: world.orgA,
      offerer: world.orgB,
      proposedBy: world.users.secretariat.id,
    });
    return {
      method: 'POST',
      url: `/api/organisations/${world.orgA.id}/exchange-proposals/${proposalId}/decision`,
      payload: { decision: 'accept', version: 1 },
    };
  },
  ...SHARING_ROUTE_REQUESTS,
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

const PLAN_ITEM = { title: 'Appoint a national coordinator', subDomainKey: 'leadership' };

async function asLeadA(world: World, request: TestRequest) {
  return send(world.app, await createSession(world.app.db, world.users.leadA.id), request);
}

/** A fresh plan item, added by the lead of A, for a route that changes or removes one. */
async function planItemOf(world: World): Promise<string> {
  const response = await asLeadA(world, {
    method: 'POST',
    url: `${assessmentUrl(world)}/plan-items`,
    payload: PLAN_ITEM,
  });
  if (response.statusCode !== 201) throw new Error(`could not add a plan item: ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** Suggestions follow agreed stages: legislation at stage 1 suggests legislation.1.1. */
async function agreeLegislation(world: World): Promise<void> {
  if (await resultVersion(world, 'sub-domain', 'legislation')) return;
  const response = await asLeadA(world, {
    method: 'PUT',
    url: `${assessmentUrl(world)}/sub-domains/legislation/result`,
    payload: {
      version: null,
      result: { kind: 'stage', stage: 1, rationale: 'Agreed in the March workshop.' },
    },
  });
  if (response.statusCode !== 200) throw new Error(`could not agree a stage: ${response.body}`);
}

function resultVersion(
  world: World,
  scope: 'sub-domain' | 'capability',
  key: string,
): Promise<number | null> {
  return currentVersion(
    world.app.db
      .selectFrom('agreed_results')
      .select('version')
      .where('assessment_id', '=', world.assessment.id)
      .where('scope', '=', scope)
      .where('subject_key', '=', key)
      .executeTakeFirst(),
  );
}
