import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedSubmissionSchema } from '../../domain/sharing/index.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { loadShippedFrameworks } from '../../server/frameworks/load-shipped.js';
import { createFinalisedAssessment } from '../../server/sharing/test-support/sharing-fixtures.js';
import {
  addMember,
  createAssessment,
  createOrganisation,
  createUser,
} from '../../server/test-support/factories.js';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

describe('mnr share and mnr secretariat', () => {
  const data = useTempDataDir();

  /** A country with two leads and a finalised assessment; returns its id and the leads' emails. */
  async function country(): Promise<{ assessmentId: string; leads: string[] }> {
    const database = openDatabase(loadConfig(data.env()).database);
    try {
      await migrateToLatest(database.db);
      await loadShippedFrameworks(database.db);
      const organisation = await createOrganisation(database.db, {
        country_code: 'KE',
        region: 'africa',
      });
      const leads = [await createUser(database.db), await createUser(database.db)];
      for (const lead of leads) await addMember(database.db, organisation.id, lead.id, 'lead');
      const assessment = await createFinalisedAssessment(
        database.db,
        organisation.id,
        leads[0]!.id,
      );
      return { assessmentId: assessment.id, leads: leads.map((lead) => lead.email) };
    } finally {
      await database.close();
    }
  }

  it('writes a signed submission that the secretariat imports, and refuses a tampered one', async () => {
    const { assessmentId, leads } = await country();
    const out = path.join(data.dir(), 'kenya.json');

    const ambiguous = capture(data.env());
    expect(await runCli(['share', assessmentId, '--out', out], ambiguous.io)).toBe(1);
    expect(ambiguous.err.join('')).toContain('name the one giving consent with --as EMAIL');

    const shared = capture(data.env());
    const code = await runCli(
      [
        'share',
        assessmentId,
        '--out',
        out,
        '--as',
        leads[1]!,
        '--cycle',
        '2026',
        '--knowledge-exchange',
        '--seeking',
        'child-helpline,csea-hotline',
      ],
      shared.io,
    );
    expect(code, shared.err.join('')).toBe(0);
    const { payload } = signedSubmissionSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(shared.out.join('')).toBe(
      `Wrote the signed submission ${payload.submissionId} to ${out}. To withdraw it: mnr withdraw ${assessmentId} ${payload.submissionId} --out FILE.`,
    );
    expect(payload.consent).toMatchObject({
      givenBy: { email: leads[1] },
      knowledgeExchange: true,
      scope: 'stages',
    });
    expect(
      payload.subDomains
        .filter((subDomain) => subDomain.exchange === 'seeking')
        .map((subDomain) => subDomain.key),
    ).toEqual(['child-helpline', 'csea-hotline']);

    // The secretariat runs its own instance with its own database.
    const secretariatEnv = { ...data.env(), DATA_DIR: path.join(data.dir(), 'secretariat') };
    const imported = capture(secretariatEnv);
    expect(await runCli(['secretariat', 'import', out], imported.io)).toBe(0);
    expect(imported.out.join('')).toBe(
      `Stored Kenya (KE), cycle 2026, submission ${payload.submissionId}.`,
    );
    const again = capture(secretariatEnv);
    await runCli(['secretariat', 'import', out], again.io);
    expect(again.out.join('')).toContain('Already held, nothing changed');

    const tampered = path.join(data.dir(), 'tampered.json');
    fs.writeFileSync(
      tampered,
      fs.readFileSync(out, 'utf8').replace('"cycle":"2026"', '"cycle":"2027"'),
    );
    const refused = capture(secretariatEnv);
    expect(await runCli(['secretariat', 'import', tampered], refused.io)).toBe(1);
    expect(refused.err.join('')).toContain(
      'The signature does not match: the file was altered after signing.',
    );

    const missing = capture(secretariatEnv);
    expect(
      await runCli(['secretariat', 'import', path.join(data.dir(), 'nope.json')], missing.io),
    ).toBe(1);
    expect(missing.err.join('')).toContain('Cannot read');
  });

  it('withdraws a submission the secretariat holds as a file: the withdrawal file deletes it there', async () => {
    const { assessmentId, leads } = await country();
    const out = path.join(data.dir(), 'kenya.json');
    const shared = capture(data.env());
    await runCli(['share', assessmentId, '--out', out, '--as', leads[0]!], shared.io);
    const { payload } = signedSubmissionSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const secretariatEnv = { ...data.env(), DATA_DIR: path.join(data.dir(), 'secretariat') };
    await runCli(['secretariat', 'import', out], capture(secretariatEnv).io);

    const withdrawalOut = path.join(data.dir(), 'kenya-withdrawal.json');
    const withdrawn = capture(data.env());
    const code = await runCli(
      ['withdraw', assessmentId, payload.submissionId, '--out', withdrawalOut, '--as', leads[1]!],
      withdrawn.io,
    );
    expect(code, withdrawn.err.join('')).toBe(0);
    expect(withdrawn.out.join('')).toBe(
      `Withdrew submission ${payload.submissionId} and wrote the signed withdrawal to ${withdrawalOut}.`,
    );

    const imported = capture(secretariatEnv);
    expect(await runCli(['secretariat', 'import', withdrawalOut], imported.io)).toBe(0);
    expect(imported.out.join('')).toBe(
      `Withdrawn: deleted the submission of Kenya (KE), cycle ${payload.cycle}, submission ${payload.submissionId}.`,
    );
    const database = openDatabase(loadConfig(secretariatEnv).database);
    try {
      const held = await database.db.selectFrom('received_submissions').select('id').execute();
      expect(held).toEqual([]);
    } finally {
      await database.close();
    }

    // The submission file is refused once withdrawn, even if it comes in again.
    const again = capture(secretariatEnv);
    expect(await runCli(['secretariat', 'import', out], again.io)).toBe(1);
    expect(again.err.join('')).toContain('was withdrawn by its sender');

    const twice = capture(data.env());
    expect(
      await runCli(
        ['withdraw', assessmentId, payload.submissionId, '--out', withdrawalOut, '--as', leads[0]!],
        twice.io,
      ),
    ).toBe(1);
    expect(twice.err.join('')).toContain('This submission was withdrawn on');
  });

  it('issues an intake token printed once, and refuses a draft assessment', async () => {
    const created = capture(data.env());
    expect(await runCli(['secretariat', 'token', 'create', '--label', 'Kenya'], created.io)).toBe(
      0,
    );
    expect(created.out.join('')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.err.join('')).toContain('Intake token "Kenya"');

    const database = openDatabase(loadConfig(data.env()).database);
    let draftId: string;
    try {
      await loadShippedFrameworks(database.db);
      const organisation = await createOrganisation(database.db);
      const lead = await createUser(database.db);
      await addMember(database.db, organisation.id, lead.id, 'lead');
      draftId = (await createAssessment(database.db, organisation.id, lead.id)).id;
    } finally {
      await database.close();
    }
    const refused = capture(data.env());
    expect(
      await runCli(['share', draftId, '--out', path.join(data.dir(), 'x.json')], refused.io),
    ).toBe(1);
    expect(refused.err.join('')).toContain('Only a finalised assessment can be shared');
  });
});
