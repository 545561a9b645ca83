import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createUser, type TestSession } from '../test-support/factories.js';
import { send } from '../test-support/requests.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

describe('country classification reference', () => {
  let testApp: TestApp;
  let person: TestSession;

  beforeAll(async () => {
    testApp = await startTestApp('sqlite');
    person = await createSession(testApp.app.db, (await createUser(testApp.app.db)).id);
  });
  afterAll(() => testApp.close());

  const get = (code: string) =>
    send(testApp.app, person, {
      method: 'GET',
      url: `/api/reference/countries/${code}/classification`,
    });

  it('gives the region, sub-region and income group to prefill, with their source', async () => {
    const response = await get('gh');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      countryCode: 'GH',
      region: 'africa',
      subRegion: 'Sub-Saharan Africa',
      intermediateRegion: 'Western Africa',
      incomeGroup: 'lower-middle',
      source: 'UN M49 (UNSD, 2024); World Bank income groups FY2026',
    });
  });

  it("records the sub-region and the admin's confirmation when a national organisation is created", async () => {
    const admin = await createSession(
      testApp.app.db,
      (await createUser(testApp.app.db, { instanceRole: 'admin' })).id,
    );
    const response = await send(testApp.app, admin, {
      method: 'POST',
      url: '/api/organisations',
      payload: {
        kind: 'national',
        name: 'Ghana Child Online Protection Committee',
        countryCode: 'GH',
        region: 'africa',
        incomeGroup: 'lower-middle',
        governmentSystem: 'centralised',
        subRegion: 'Sub-Saharan Africa',
      },
    });
    expect(response.statusCode).toBe(201);
    const row = await testApp.app.db
      .selectFrom('organisations')
      .select(['sub_region', 'classification_confirmed_at'])
      .where('id', '=', (response.json() as { id: string }).id)
      .executeTakeFirstOrThrow();
    expect(row.sub_region).toBe('Sub-Saharan Africa');
    expect(row.classification_confirmed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a code that is not an ISO 3166 country', async () => {
    const response = await get('XX');
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toBe('"XX" is not an ISO 3166 country code.');
  });
});
