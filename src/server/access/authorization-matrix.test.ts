import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTORS,
  buildWorld,
  callerFor,
  ROUTE_REQUESTS,
  type World,
} from '../test-support/authorization-world.js';
import { sendForStatus } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';

/**
 * The status every actor gets from every route. The rule: anonymous → 401; a signed-in person
 * who may not see the organisation (a member of another one, the secretariat) → 404, as if it
 * did not exist; someone who may see it but not do this → 403. Instance admins see and edit
 * organisations and invite leads, but manage no members, and see no assessment content (403).
 * Contributors of A here may contribute to every capability; scopes are tested with the
 * assessment API. POST /api/setup answers 409 because
 * the instance is already set up (it is tested on an empty instance elsewhere). Columns:
 * anonymous, lead / facilitator / contributor / observer of A, lead of B, admin, secretariat.
 */
// prettier-ignore
const EXPECTED: Record<string, readonly number[]> = {
  //                                                                   anon ldA  facA conA obsA ldB  adm  secr
  'GET /api/health':                                                  [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/frameworks':                                              [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/frameworks/:key':                                         [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/openapi.json':                                            [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/session':                                                 [200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/session':                                                [200, 200, 200, 200, 200, 200, 200, 200],
  'DELETE /api/session':                                              [204, 204, 204, 204, 204, 204, 204, 204],
  'DELETE /api/sessions':                                             [401, 204, 204, 204, 204, 204, 204, 204],
  'POST /api/setup':                                                  [409, 409, 409, 409, 409, 409, 409, 409],
  'POST /api/password-reset/request':                                 [202, 202, 202, 202, 202, 202, 202, 202],
  'POST /api/password-reset':                                         [204, 204, 204, 204, 204, 204, 204, 204],
  'POST /api/invites/lookup':                                         [200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/invites/accept':                                         [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/reference/countries':                                     [401, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/organisations':                                           [401, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/organisations':                                          [401, 403, 403, 403, 403, 403, 201, 403],
  'GET /api/organisations/:organisationId':                           [401, 200, 200, 200, 200, 404, 200, 404],
  'PATCH /api/organisations/:organisationId':                         [401, 200, 403, 403, 403, 404, 200, 404],
  'GET /api/organisations/:organisationId/members':                   [401, 200, 200, 200, 200, 404, 200, 404],
  'POST /api/organisations/:organisationId/invites':                  [401, 201, 403, 403, 403, 404, 201, 404],
  'DELETE /api/organisations/:organisationId/invites/:inviteId':      [401, 204, 403, 403, 403, 404, 204, 404],
  'PATCH /api/organisations/:organisationId/members/:membershipId':   [401, 200, 403, 403, 403, 404, 403, 404],
  'DELETE /api/organisations/:organisationId/members/:membershipId':  [401, 204, 403, 403, 403, 404, 403, 404],
  'GET /api/organisations/:organisationId/assessments':               [401, 200, 200, 200, 200, 404, 403, 404],
  'POST /api/organisations/:organisationId/assessments':              [401, 201, 403, 403, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId':                               [401, 200, 200, 200, 200, 404, 403, 404],
  'PATCH /api/assessments/:assessmentId':                             [401, 200, 403, 403, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/finalise':                     [401, 200, 403, 403, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/sub-domains/:subDomainKey':     [401, 200, 200, 200, 200, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/indicators/:indicatorKey':      [401, 200, 200, 200, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/indicators/:indicatorKey/links': [401, 201, 201, 201, 403, 404, 403, 404],
  'DELETE /api/assessments/:assessmentId/indicators/:indicatorKey/links/:linkId': [401, 200, 200, 200, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/indicators/:indicatorKey/files': [401, 201, 201, 201, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/files/:fileId':                 [401, 200, 200, 200, 200, 404, 403, 404],
  'DELETE /api/assessments/:assessmentId/files/:fileId':              [401, 200, 200, 200, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/proposal': [401, 200, 200, 200, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/sub-domains/:subDomainKey/posts': [401, 201, 201, 201, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/result': [401, 200, 200, 403, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/capabilities/:capabilityKey/result': [401, 200, 200, 403, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/enablers/:enablerKey':          [401, 200, 200, 200, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/events':                        [401, 200, 200, 200, 200, 404, 403, 404],
  'GET /api/assessments/:assessmentId/results':                       [401, 200, 200, 200, 200, 404, 403, 404],
  'GET /api/organisations/:organisationId/progress':                  [401, 200, 200, 200, 200, 404, 403, 404],
  'GET /api/organisations/:organisationId/comparison':                [401, 200, 200, 200, 200, 404, 403, 404],
  'GET /api/organisations/:organisationId/national-view':             [401, 200, 200, 200, 200, 404, 403, 404],
  'GET /api/assessments/:assessmentId/plan':                          [401, 200, 200, 200, 200, 404, 403, 404],
  'POST /api/assessments/:assessmentId/plan-items':                   [401, 201, 201, 403, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/plan-items/:planItemId':        [401, 200, 200, 403, 403, 404, 403, 404],
  'DELETE /api/assessments/:assessmentId/plan-items/:planItemId':     [401, 204, 204, 403, 403, 404, 403, 404],
  'PUT /api/assessments/:assessmentId/plan-suggestions/:indicatorKey': [401, 200, 200, 403, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/export':                        [401, 200, 200, 200, 200, 404, 403, 404],
  'POST /api/organisations/:organisationId/assessment-imports':       [401, 201, 403, 403, 403, 404, 403, 404],
  'GET /api/reference/countries/:countryCode/classification':         [401, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/secretariat/aggregates':                                  [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/aggregates/trends':                           [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/aggregates/support-interest':                 [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/aggregates/export':                           [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/exchange/candidates':                         [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/exchange/proposals':                          [401, 403, 403, 403, 403, 403, 403, 200],
  'POST /api/secretariat/exchange/proposals':                         [401, 403, 403, 403, 403, 403, 403, 201],
  'GET /api/organisations/:organisationId/exchange-proposals':        [401, 200, 200, 200, 200, 404, 403, 404],
  'POST /api/organisations/:organisationId/exchange-proposals/:proposalId/decision': [401, 200, 403, 403, 403, 404, 403, 404],
  'GET /api/users':                                                   [401, 403, 403, 403, 403, 403, 200, 403],
  'PATCH /api/users/:userId':                                         [401, 403, 403, 403, 403, 403, 200, 403],
  'GET /api/assessments/:assessmentId/submissions':                   [401, 200, 200, 200, 200, 404, 403, 404],
  'POST /api/assessments/:assessmentId/submissions':                  [401, 201, 403, 403, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/submissions/:submissionId/file': [401, 200, 403, 403, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/submissions/:submissionId/send': [401, 200, 403, 403, 403, 404, 403, 404],
  'POST /api/assessments/:assessmentId/submissions/:submissionId/withdraw': [401, 200, 403, 403, 403, 404, 403, 404],
  'GET /api/assessments/:assessmentId/submissions/:submissionId/withdrawal-file': [401, 200, 403, 403, 403, 404, 403, 404],
  'GET /api/instance/public-key':                                     [401, 403, 403, 403, 403, 403, 200, 403],
  'POST /api/secretariat/intake':                                     [201, 201, 201, 201, 201, 201, 201, 201],
  'POST /api/secretariat/intake/withdrawals':                         [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/secretariat/intake-tokens':                               [401, 403, 403, 403, 403, 403, 403, 200],
  'POST /api/secretariat/intake-tokens':                              [401, 403, 403, 403, 403, 403, 403, 201],
  'POST /api/secretariat/intake-tokens/:tokenId/revoke':              [401, 403, 403, 403, 403, 403, 403, 200],
  'GET /api/secretariat/submissions':                                 [401, 403, 403, 403, 403, 403, 403, 200],
  'POST /api/secretariat/submissions':                                [401, 403, 403, 403, 403, 403, 403, 201],
  'GET /api/secretariat/submissions/:submissionId':                   [401, 403, 403, 403, 403, 403, 403, 200],
  'DELETE /api/secretariat/submissions/:submissionId':                [401, 403, 403, 403, 403, 403, 403, 200],
};

describe.each(testDatabaseKinds())('authorization matrix on %s', (kind) => {
  let testApp: TestApp;
  let world: World;
  let routes: string[];

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    world = await buildWorld(testApp.app);
    routes = testApp.app.routeTable.map((route) => `${route.method} ${route.url}`);
  });
  afterAll(() => testApp.close());

  it('has an expected row and a request for every route, and none for routes that are gone', () => {
    const missing = routes.filter((route) => !EXPECTED[route] || !ROUTE_REQUESTS[route]);
    expect(missing, 'routes with no row in the authorization matrix').toEqual([]);
    expect(Object.keys(EXPECTED).filter((route) => !routes.includes(route))).toEqual([]);
    expect(Object.keys(ROUTE_REQUESTS).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers every actor on every route as the table says', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      const build = ROUTE_REQUESTS[route];
      const expected = EXPECTED[route];
      if (!build || !expected) continue;
      for (const [index, actor] of ACTORS.entries()) {
        const response = await sendForStatus(
          testApp.app,
          await callerFor(world, actor),
          await build(world, actor),
        );
        const want = expected[index];
        if (response.statusCode !== want) {
          mismatches.push(
            `${route} as ${actor}: expected ${want}, got ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
        } else if (
          want >= 400 &&
          !String(response.headers['content-type']).includes('problem+json')
        ) {
          mismatches.push(`${route} as ${actor}: the ${want} is not a problem response`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
