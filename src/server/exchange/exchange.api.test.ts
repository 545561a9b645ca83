import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SideView } from '../../domain/exchange/index.js';
import { verifyAuditChain } from '../audit/audit.queries.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';
import {
  createMember,
  createOrganisation,
  createSession,
  createUser,
  type TestSession,
} from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { receiveExchangeSubmission } from './test-support/exchange-submissions.js';

describe.each(testDatabaseKinds())('knowledge exchange on %s', (kind) => {
  let testApp: TestApp;
  let kenya: StoredOrganisation;
  let norway: StoredOrganisation;
  let secretariat: TestSession;
  let kenyaLead: TestSession;
  let kenyaObserver: TestSession;
  let norwayLead: TestSession;
  let outsider: TestSession;
  const submissions: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    const db = testApp.app.db;
    kenya = await createOrganisation(db, { country_code: 'KE', name: 'Kenya Ministry' });
    norway = await createOrganisation(db, { country_code: 'NO', name: 'Norway Ministry' });
    const other = await createOrganisation(db, { country_code: 'BR' });
    secretariat = await createSession(
      db,
      (await createUser(db, { instanceRole: 'secretariat' })).id,
    );
    kenyaLead = await createSession(db, (await createMember(db, kenya.id, 'lead')).user.id);
    kenyaObserver = await createSession(db, (await createMember(db, kenya.id, 'observer')).user.id);
    norwayLead = await createSession(db, (await createMember(db, norway.id, 'lead')).user.id);
    outsider = await createSession(db, (await createMember(db, other.id, 'lead')).user.id);
    submissions.kenya = await receiveExchangeSubmission(db, {
      countryCode: 'KE',
      countryName: 'Kenya',
      organisationId: kenya.id,
      seeking: ['child-helpline', 'legislation'],
    });
    submissions.norway = await receiveExchangeSubmission(db, {
      countryCode: 'NO',
      countryName: 'Norway',
      organisationId: norway.id,
      offering: ['child-helpline', 'legislation'],
    });
    submissions.chile = await receiveExchangeSubmission(db, {
      countryCode: 'CL',
      countryName: 'Chile',
      organisationId: null,
      offering: ['child-helpline'],
    });
    submissions.denmark = await receiveExchangeSubmission(db, {
      countryCode: 'DK',
      countryName: 'Denmark',
      organisationId: null,
      offering: ['child-helpline'],
      knowledgeExchange: false,
    });
  });
  afterAll(() => testApp.close());

  const candidates = async () =>
    (
      await send(testApp.app, secretariat, {
        method: 'GET',
        url: '/api/secretariat/exchange/candidates',
      })
    ).json() as {
      subDomain: string;
      seeker: { countryName: string; hostedHere: boolean };
      offerer: { countryName: string; hostedHere: boolean };
      proposable: boolean;
      proposal: { state: string } | null;
    }[];
  const propose = (subDomain: string, note = '') =>
    send(testApp.app, secretariat, {
      method: 'POST',
      url: '/api/secretariat/exchange/proposals',
      payload: {
        subDomain,
        seekerSubmissionId: submissions.kenya,
        offererSubmissionId: submissions.norway,
        note,
      },
    });
  const proposalsOf = async (caller: TestSession, organisation: StoredOrganisation) => {
    const response = await send(testApp.app, caller, {
      method: 'GET',
      url: `/api/organisations/${organisation.id}/exchange-proposals`,
    });
    return response.json() as { canDecide: boolean; proposals: SideView[] };
  };
  const decide = (
    caller: TestSession,
    organisation: StoredOrganisation,
    proposalId: string,
    decision: 'accept' | 'decline',
    version = 1,
  ) =>
    send(testApp.app, caller, {
      method: 'POST',
      url: `/api/organisations/${organisation.id}/exchange-proposals/${proposalId}/decision`,
      payload: { decision, version },
    });

  it('lists consenting pairs by sub-domain, and marks those hosted elsewhere', async () => {
    const list = await candidates();
    expect(
      list.map((pair) => [
        pair.subDomain,
        pair.seeker.countryName,
        pair.offerer.countryName,
        pair.proposable,
      ]),
    ).toEqual([
      ['legislation', 'Kenya', 'Norway', true],
      ['child-helpline', 'Kenya', 'Chile', false],
      ['child-helpline', 'Kenya', 'Norway', true],
    ]);
    expect(list[1]?.offerer.hostedHere).toBe(false);
  });

  it('introduces two countries only when both accept, revealing contacts then', async () => {
    const created = await propose('child-helpline', 'Both work on helpline staffing.');
    expect(created.statusCode).toBe(201);
    const proposalId = (created.json() as { id: string }).id;
    expect(created.json()).toMatchObject({ state: 'proposed', seeker: { countryName: 'Kenya' } });
    expect((await propose('child-helpline')).statusCode).toBe(409);

    const [fresh] = (await proposalsOf(kenyaLead, kenya)).proposals;
    expect(fresh).toMatchObject({
      side: 'seeker',
      status: 'awaiting-your-decision',
      counterpart: null,
    });
    expect(JSON.stringify(fresh)).not.toContain('Norway');

    const observer = await proposalsOf(kenyaObserver, kenya);
    expect(observer.canDecide).toBe(false);
    expect((await decide(kenyaObserver, kenya, proposalId, 'accept')).statusCode).toBe(403);
    expect((await decide(outsider, kenya, proposalId, 'accept')).statusCode).toBe(404);

    const accepted = await decide(kenyaLead, kenya, proposalId, 'accept');
    expect(accepted.json()).toMatchObject({ status: 'awaiting-other-country', version: 2 });
    const stale = await decide(kenyaLead, kenya, proposalId, 'decline');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ yourDecision: 'accepted' });

    const norwaySees = (await proposalsOf(norwayLead, norway)).proposals[0];
    expect(norwaySees).toMatchObject({
      side: 'offerer',
      status: 'awaiting-your-decision',
      version: 1,
    });
    expect(JSON.stringify(norwaySees)).not.toContain('Kenya');

    const introduced = await decide(norwayLead, norway, proposalId, 'accept');
    expect(introduced.json()).toMatchObject({
      status: 'introduced',
      counterpart: {
        countryName: 'Kenya',
        contact: { name: 'Focal point of Kenya', email: 'focal.point@ke.example.org' },
      },
    });
    const kenyaSees = (await proposalsOf(kenyaLead, kenya)).proposals[0];
    expect(kenyaSees?.counterpart).toMatchObject({
      countryName: 'Norway',
      contact: { organisation: 'Ministry of Justice of Norway' },
    });
    expect(
      (await candidates()).find((pair) => pair.subDomain === 'child-helpline' && pair.proposable)
        ?.proposal,
    ).toEqual({
      id: proposalId,
      state: 'introduced',
    });
  });

  it('shows the other side of a decline only "not taken forward"', async () => {
    const proposalId = ((await propose('legislation')).json() as { id: string }).id;
    expect((await decide(norwayLead, norway, proposalId, 'accept')).statusCode).toBe(200);
    const declined = await decide(kenyaLead, kenya, proposalId, 'decline');
    expect(declined.json()).toMatchObject({
      status: 'not-taken-forward',
      yourDecision: 'declined',
    });
    const norwaySees = (await proposalsOf(norwayLead, norway)).proposals.find(
      (proposal) => proposal.id === proposalId,
    );
    expect(norwaySees).toMatchObject({
      status: 'not-taken-forward',
      yourDecision: 'accepted',
      counterpart: null,
    });
    expect(JSON.stringify(norwaySees)).not.toMatch(/Kenya|declined/);

    const secretariatList = await send(testApp.app, secretariat, {
      method: 'GET',
      url: '/api/secretariat/exchange/proposals',
    });
    expect(
      secretariatList.json().find((proposal: { id: string }) => proposal.id === proposalId),
    ).toMatchObject({
      state: 'not-taken-forward',
      seeker: { countryName: 'Kenya', decision: 'declined' },
      offerer: { countryName: 'Norway', decision: 'accepted' },
    });
  });

  it('refuses pairs that are hosted elsewhere or not candidates', async () => {
    const elsewhere = await send(testApp.app, secretariat, {
      method: 'POST',
      url: '/api/secretariat/exchange/proposals',
      payload: {
        subDomain: 'child-helpline',
        seekerSubmissionId: submissions.kenya,
        offererSubmissionId: submissions.chile,
      },
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().detail).toMatch(/hosted on another instance/);
    const notConsenting = await send(testApp.app, secretariat, {
      method: 'POST',
      url: '/api/secretariat/exchange/proposals',
      payload: {
        subDomain: 'child-helpline',
        seekerSubmissionId: submissions.kenya,
        offererSubmissionId: submissions.denmark,
      },
    });
    expect(notConsenting.statusCode).toBe(422);
  });

  it('audits every step in the hash chain', async () => {
    const events = await testApp.app.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type'])
      .where('entity_type', '=', 'exchange-proposal')
      .orderBy('seq')
      .execute();
    expect(events.map((event) => event.action)).toEqual([
      'exchange-proposal.create',
      'exchange-proposal.accept',
      'exchange-proposal.accept',
      'exchange-proposal.create',
      'exchange-proposal.accept',
      'exchange-proposal.decline',
    ]);
    expect(await verifyAuditChain(testApp.app.db)).toMatchObject({ intact: true });
  });

  it('lapses a proposal whose submission was withdrawn before both accepted', async () => {
    const db = testApp.app.db;
    const southAfrica = await createOrganisation(db, {
      country_code: 'ZA',
      name: 'South Africa Ministry',
    });
    const southAfricaLead = await createSession(
      db,
      (await createMember(db, southAfrica.id, 'lead')).user.id,
    );
    const seeker = await receiveExchangeSubmission(db, {
      countryCode: 'ZA',
      countryName: 'South Africa',
      organisationId: southAfrica.id,
      seeking: ['csea-hotline'],
    });
    submissions.norway = await receiveExchangeSubmission(db, {
      countryCode: 'NO',
      countryName: 'Norway',
      cycle: '2027',
      organisationId: norway.id,
      offering: ['csea-hotline'],
    });
    const created = await send(testApp.app, secretariat, {
      method: 'POST',
      url: '/api/secretariat/exchange/proposals',
      payload: {
        subDomain: 'csea-hotline',
        seekerSubmissionId: seeker,
        offererSubmissionId: submissions.norway,
      },
    });
    const proposalId = (created.json() as { id: string }).id;
    expect((await decide(southAfricaLead, southAfrica, proposalId, 'accept')).statusCode).toBe(200);
    await db.deleteFrom('received_submissions').where('id', '=', submissions.norway).execute();
    const refused = await decide(norwayLead, norway, proposalId, 'accept');
    expect(refused.statusCode).toBe(409);
    expect((await proposalsOf(southAfricaLead, southAfrica)).proposals[0]).toMatchObject({
      status: 'not-taken-forward',
      counterpart: null,
    });

    // Kenya declined an earlier proposal; its submission going later does not recast that.
    const kenya = submissions.kenya ?? '';
    expect(kenya).not.toBe('');
    await db.deleteFrom('received_submissions').where('id', '=', kenya).execute();
    const listed = (
      await send(testApp.app, secretariat, {
        method: 'GET',
        url: '/api/secretariat/exchange/proposals',
      })
    ).json() as { id: string; lapsed: boolean; seeker: { decision: string } }[];
    expect(listed.find((proposal) => proposal.id === proposalId)?.lapsed).toBe(true);
    const declined = listed.filter((proposal) => proposal.seeker.decision === 'declined');
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((proposal) => !proposal.lapsed)).toBe(true);
  });
});
