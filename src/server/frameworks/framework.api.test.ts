import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworkViewSchema, validateFramework } from '../../domain/framework/index.js';
import { validFrameworkData } from '../../domain/framework/test-support/framework-fixture.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { importFramework } from './framework.commands.js';

describe.each(testDatabaseKinds())('framework API and storage on %s', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });
  afterAll(() => testApp.close());

  it('GET /api/health answers ok', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/frameworks lists the shipped framework', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/frameworks' });
    expect(response.statusCode).toBe(200);
    const list = response.json() as {
      key: string;
      version: string;
      title: { en: string };
      checksum: string;
    }[];
    expect(list).toContainEqual(
      expect.objectContaining({
        key: 'mnr',
        version: '2026.1',
        title: expect.objectContaining({ en: expect.any(String) }),
      }),
    );
    expect(list[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('GET /api/frameworks/:key returns capabilities, sub-domains, stages and indicators with keys', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/frameworks/mnr' });
    expect(response.statusCode).toBe(200);
    const framework = frameworkViewSchema.parse(response.json());
    const hotline = framework.capabilities
      .flatMap((capability) => capability.subDomains)
      .find((s) => s.number === 12);
    expect(hotline?.key).toBe('csea-hotline');
    expect(hotline?.stages.map((stage) => stage.key)).toEqual([
      'building',
      'enhancement',
      'integration',
      'maturity',
    ]);
    expect(hotline?.stages[1]?.indicators[0]?.key).toBe('csea-hotline.2.1');
  });

  it('sends the framework exactly as its response schema describes it, every time', async () => {
    const first = await testApp.app.inject({ method: 'GET', url: '/api/frameworks/mnr' });
    const again = await testApp.app.inject({ method: 'GET', url: '/api/frameworks/mnr' });
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.json()).toEqual(frameworkViewSchema.parse(first.json()));
    expect(again.body).toBe(first.body);
  });

  it('answers an unknown framework or version with a problem a person can read', async () => {
    const unknown = await testApp.app.inject({ method: 'GET', url: '/api/frameworks/nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ status: 404, detail: 'There is no framework "nope".' });

    const version = await testApp.app.inject({
      method: 'GET',
      url: '/api/frameworks/mnr?version=0.0',
    });
    expect(version.json()).toMatchObject({
      status: 404,
      detail: 'Framework "mnr" has no version "0.0".',
    });
  });

  it('answers an unknown API path with a problem', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ title: 'Not found' });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/frameworks', '/api/frameworks/{key}']),
    );
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('imports a new framework version, keeps re-imports idempotent and refuses changed content', async () => {
    const framework = validateFramework(validFrameworkData(), 'fixture');
    expect((await importFramework(testApp.app.db, framework)).status).toBe('imported');
    expect((await importFramework(testApp.app.db, framework)).status).toBe('unchanged');

    const changed = validateFramework(validFrameworkData(), 'fixture');
    changed.title = { en: 'A different title' };
    await expect(importFramework(testApp.app.db, changed)).rejects.toThrow(
      /version 1\.0 is already loaded with different content/,
    );

    const newer = validateFramework({ ...validFrameworkData(), version: '1.1' }, 'fixture');
    expect((await importFramework(testApp.app.db, newer)).status).toBe('imported');
    const versions = await testApp.app.inject({
      method: 'GET',
      url: '/api/frameworks/test?version=1.0',
    });
    expect(versions.json()).toMatchObject({ version: '1.0', title: { en: 'Test framework' } });
  });
});
