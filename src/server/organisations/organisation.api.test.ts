import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationViewSchema } from '../../domain/organisations/index.js';
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

const national = {
  kind: 'national',
  name: 'Ministry of Justice',
  countryCode: 'de',
  region: 'europe',
  incomeGroup: 'high',
  governmentSystem: 'federal',
};

describe.each(testDatabaseKinds())('organisations on %s', (kind) => {
  let testApp: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    admin = await createSession(
      testApp.app.db,
      (await createUser(testApp.app.db, { instanceRole: 'admin' })).id,
    );
  });
  afterAll(() => testApp.close());

  const sessionOf = async (userId: string) => createSession(testApp.app.db, userId);
  const create = (caller: TestSession, payload: unknown) =>
    send(testApp.app, caller, { method: 'POST', url: '/api/organisations', payload });

  it('lets an admin add a national organisation with an ISO country, and refuses unknown codes', async () => {
    const response = await create(admin, national);
    expect(response.statusCode).toBe(201);
    const view = organisationViewSchema.parse(response.json());
    expect(view).toMatchObject({
      countryCode: 'DE',
      governmentSystem: 'federal',
      parentId: null,
      jurisdictions: [],
      version: 1,
      permissions: { update: true, manageMembers: false, inviteLead: true, addJurisdiction: true },
    });

    const unknown = await create(admin, { ...national, countryCode: 'XX' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toBe('"XX" is not an ISO 3166 country code.');
  });

  it('lists all organisations for admins, own ones for members, none for the secretariat', async () => {
    const mine = await createOrganisation(testApp.app.db);
    await createOrganisation(testApp.app.db);
    const { user } = await createMember(testApp.app.db, mine.id, 'observer');
    const secretariat = await createUser(testApp.app.db, { instanceRole: 'secretariat' });

    const list = async (caller: TestSession) =>
      (
        (await send(testApp.app, caller, { method: 'GET', url: '/api/organisations' })).json() as {
          id: string;
        }[]
      ).map((organisation) => organisation.id);
    expect(await list(await sessionOf(user.id))).toEqual([mine.id]);
    expect(await list(await sessionOf(secretariat.id))).toEqual([]);
    expect(await list(admin)).toContain(mine.id);
  });

  it('lets the lead of a federal country add jurisdictions, and makes them its first lead', async () => {
    const country = await createOrganisation(testApp.app.db, { government_system: 'federal' });
    const { user: lead } = await createMember(testApp.app.db, country.id, 'lead');
    const { user: facilitator } = await createMember(testApp.app.db, country.id, 'facilitator');
    const outsider = await createMember(
      testApp.app.db,
      (await createOrganisation(testApp.app.db)).id,
      'lead',
    );
    const jurisdiction = { kind: 'jurisdiction', name: 'Bavaria', parentId: country.id };

    expect((await create(await sessionOf(facilitator.id), jurisdiction)).statusCode).toBe(403);
    expect((await create(await sessionOf(outsider.user.id), jurisdiction)).statusCode).toBe(404);

    const leadSession = await sessionOf(lead.id);
    const response = await create(leadSession, jurisdiction);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Bavaria',
      parentId: country.id,
      countryCode: country.country_code,
      region: country.region,
      governmentSystem: 'federal',
      permissions: { manageMembers: true, addJurisdiction: false },
    });
    const parent = await send(testApp.app, leadSession, {
      method: 'GET',
      url: `/api/organisations/${country.id}`,
    });
    expect(parent.json().jurisdictions).toEqual([{ id: response.json().id, name: 'Bavaria' }]);

    const change = await send(testApp.app, leadSession, {
      method: 'PATCH',
      url: `/api/organisations/${country.id}`,
      payload: {
        version: 1,
        name: country.name,
        region: country.region,
        incomeGroup: country.income_group,
        governmentSystem: 'centralised',
      },
    });
    expect(change.statusCode).toBe(422);
    expect(change.json().detail).toMatch(/has 1 jurisdiction\(s\)/);
  });

  it('refuses jurisdictions under a centralised country', async () => {
    const country = await createOrganisation(testApp.app.db, { government_system: 'centralised' });
    const response = await create(admin, {
      kind: 'jurisdiction',
      name: 'Province',
      parentId: country.id,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('body.parentId');
  });

  it('answers a stale update with 409 and the current state', async () => {
    const organisation = await createOrganisation(testApp.app.db);
    const { user } = await createMember(testApp.app.db, organisation.id, 'lead');
    const lead = await sessionOf(user.id);
    const update = (name: string) =>
      send(testApp.app, lead, {
        method: 'PATCH',
        url: `/api/organisations/${organisation.id}`,
        payload: {
          version: 1,
          name,
          region: 'europe',
          incomeGroup: 'high',
          governmentSystem: 'centralised',
        },
      });
    expect((await update('First name')).json()).toMatchObject({ name: 'First name', version: 2 });
    const stale = await update('Second name');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'First name', version: 2 });
    expect(organisationViewSchema.parse(stale.json().current).id).toBe(organisation.id);
  });

  it('lists countries in the requested language, sorted by name, with English as fallback', async () => {
    const countries = async (locale: string) =>
      (
        await send(testApp.app, admin, {
          method: 'GET',
          url: `/api/reference/countries?locale=${locale}`,
        })
      ).json() as { code: string; name: string }[];
    const french = await countries('fr-CA');
    expect(french.find((country) => country.code === 'DE')?.name).toBe('Allemagne');
    const names = french.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect((await countries('xx')).find((country) => country.code === 'DE')?.name).toBe('Germany');
    expect(french.length).toBeGreaterThanOrEqual(249);
  });
});
