import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { loadShippedFrameworks } from '../../server/frameworks/load-shipped.js';
import {
  createAssessment,
  createOrganisation,
  createUser,
} from '../../server/test-support/factories.js';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

describe('mnr assessments', () => {
  const data = useTempDataDir();

  it('says so when there are none, then lists them as a table or JSON', async () => {
    const empty = capture(data.env());
    expect(await runCli(['assessments', 'list'], empty.io)).toBe(0);
    expect(empty.out.join('')).toBe('There are no assessments yet.');

    const database = openDatabase(loadConfig(data.env()).database);
    try {
      await migrateToLatest(database.db);
      await loadShippedFrameworks(database.db);
      const organisation = await createOrganisation(database.db, { name: 'Ministry of Justice' });
      const lead = await createUser(database.db);
      await createAssessment(database.db, organisation.id, lead.id, { title: 'Cycle 2024' });
      await createAssessment(database.db, organisation.id, lead.id, {
        title: 'Cycle 2022',
        period_start: '2022-01-01',
        state: 'finalised',
        finalised_at: '2022-12-15T10:00:00.000Z',
      });
    } finally {
      await database.close();
    }

    const table = capture(data.env());
    await runCli(['assessments', 'list'], table.io);
    const [header, first, second] = table.out.join('').split('\n');
    expect(header).toMatch(/^ID\s+ORGANISATION\s+TITLE\s+PERIOD\s+STATE\s+FRAMEWORK$/);
    expect(first).toMatch(
      /Ministry of Justice\s+Cycle 2024\s+2026-01-01\.\.2026-12-31\s+draft\s+mnr 2026\.1$/,
    );
    expect(second).toMatch(/Cycle 2022\s+2022-01-01\.\.2026-12-31\s+finalised 2022-12-15\s+mnr/);

    const json = capture(data.env());
    await runCli(['assessments', 'list', '--json'], json.io);
    expect(JSON.parse(json.out.join(''))).toEqual([
      expect.objectContaining({
        organisationName: 'Ministry of Justice',
        title: 'Cycle 2024',
        state: 'draft',
        id: expect.stringMatching(/^[\w-]{36}$/),
      }),
      expect.objectContaining({ title: 'Cycle 2022', state: 'finalised' }),
    ]);
  });
});
