import { api, expectStatus, sessionFrom, type Session } from './api-client.js';
import type { RunningServer } from './server-process.js';

const PASSWORD = 'benchmark harbour lantern 7';

export type BenchAssessment = {
  lead: Session;
  assessmentId: string;
  indicatorKeys: string[];
  subDomainKeys: string[];
};

type FrameworkBody = {
  capabilities: {
    subDomains: { key: string; stages: { indicators: { key: string }[] }[] }[];
  }[];
};

/**
 * Everything through the real API, as people would: the first account from the printed setup
 * link, a country's organisation, an invited lead who signs up, and the lead's assessment with
 * every indicator rated once.
 */
export async function signedInLeadWithAssessment(server: RunningServer): Promise<BenchAssessment> {
  const { baseUrl } = server;
  const setup = await expectStatus(
    api(baseUrl, 'POST', '/api/setup', {
      body: {
        token: await server.setupToken(),
        email: 'admin@bench.example',
        displayName: 'Bench Admin',
        password: PASSWORD,
      },
    }),
    201,
    'first-run setup',
  );
  const admin = await sessionFrom(baseUrl, setup);
  const organisation = await expectStatus(
    api(baseUrl, 'POST', '/api/organisations', {
      session: admin,
      body: {
        kind: 'national',
        name: 'Ministry of Justice',
        countryCode: 'KE',
        region: 'africa',
        incomeGroup: 'lower-middle',
        governmentSystem: 'centralised',
      },
    }),
    201,
    'add an organisation',
  );
  const organisationId = (organisation.body as { id: string }).id;
  const invite = await expectStatus(
    api(baseUrl, 'POST', `/api/organisations/${organisationId}/invites`, {
      session: admin,
      body: { email: 'lead@bench.example', role: 'lead' },
    }),
    201,
    'invite the lead',
  );
  const token = (invite.body as { link: string }).link.split('#token=')[1];
  const accepted = await expectStatus(
    api(baseUrl, 'POST', '/api/invites/accept', {
      body: { token, displayName: 'Bench Lead', password: PASSWORD },
    }),
    200,
    'accept the invite',
  );
  const lead = await sessionFrom(baseUrl, accepted);
  const assessment = await expectStatus(
    api(baseUrl, 'POST', `/api/organisations/${organisationId}/assessments`, {
      session: lead,
      body: {
        title: 'Benchmark cycle',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        leadBody: 'Ministry of Justice',
      },
    }),
    201,
    'start an assessment',
  );
  const assessmentId = (assessment.body as { id: string }).id;

  const framework = (await api(baseUrl, 'GET', '/api/frameworks/mnr')).body as FrameworkBody;
  const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
  const indicatorKeys = subDomains.flatMap((subDomain) =>
    subDomain.stages.flatMap((stage) => stage.indicators.map((indicator) => indicator.key)),
  );
  const statuses = ['met', 'partly-met', 'not-met', 'unknown'];
  for (const [index, key] of indicatorKeys.entries()) {
    await expectStatus(
      api(baseUrl, 'PUT', `/api/assessments/${assessmentId}/indicators/${key}`, {
        session: lead,
        body: { version: null, status: statuses[index % 4], evidenceText: `Evidence for ${key}` },
      }),
      200,
      `rate ${key}`,
    );
  }
  return {
    lead,
    assessmentId,
    indicatorKeys,
    subDomainKeys: subDomains.map((subDomain) => subDomain.key),
  };
}
