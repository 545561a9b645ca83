import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.queries.js';
import type { Store } from '../audit/audit.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  createTestDatabase,
  testDatabaseKinds,
  type TestDatabase,
} from '../test-support/test-databases.js';
import { DEMO_JURISDICTIONS, DEMO_NATIONAL_NAME } from './demo-content.js';
import { loadDemo } from './demo.js';

describe.each(testDatabaseKinds())('the demo data on %s', (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let store: Store;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    handle = openDatabase(database.config);
    await migrateToLatest(handle.db);
    store = { db: handle.db, dialect: handle.dialect };
  });
  afterEach(async () => {
    await handle.close();
    await database.drop();
  });

  it('loads two finalised cycles for the country and each state, with plans, once', async () => {
    const report = await loadDemo(store);
    expect(report.accounts.map((account) => account.role)).toEqual([
      'lead',
      'facilitator',
      'contributor',
    ]);
    expect(report.organisations.map((organisation) => organisation.name)).toEqual([
      DEMO_NATIONAL_NAME,
      ...DEMO_JURISDICTIONS,
    ]);
    const db = store.db;
    const assessments = await db
      .selectFrom('assessments')
      .select(['organisation_id', 'state', 'period_start', 'finalised_at'])
      .orderBy('period_start')
      .execute();
    for (const organisation of report.organisations) {
      const cycles = assessments.filter((row) => row.organisation_id === organisation.id);
      expect(cycles.map((row) => [row.state, row.period_start])).toEqual([
        ['finalised', '2023-01-01'],
        ['finalised', '2025-01-01'],
      ]);
      expect(cycles.map((row) => row.finalised_at?.slice(0, 4))).toEqual(['2023', '2025']);
    }

    const items = await db
      .selectFrom('plan_items')
      .innerJoin('assessments', 'assessments.id', 'plan_items.assessment_id')
      .select(['plan_items.status', 'assessments.period_start'])
      .execute();
    expect(items).toHaveLength(report.planItems);
    const statusesOf = (year: string) =>
      new Set(
        items.filter((item) => item.period_start.startsWith(year)).map((item) => item.status),
      );
    expect(statusesOf('2023')).toEqual(new Set(['done', 'in-progress', 'blocked', 'not-started']));
    expect(statusesOf('2025')).toEqual(new Set(['not-started']));

    const counts = await db
      .selectFrom('agreed_results')
      .select((eb) => [eb.fn.countAll().as('count')])
      .executeTakeFirstOrThrow();
    expect(Number(counts.count)).toBe(6 * (21 + 6));
    const links = await db.selectFrom('evidence_links').select('id').execute();
    expect(links.length).toBeGreaterThan(100);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true });

    await expect(loadDemo(store)).rejects.toThrow(/The demo data is already loaded/);
  }, 180_000);
});
