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

  /**
   * A country with two leads, a facilitator and a finalised assessment; returns the assessment's
   * id, the organisation's name and the people's emails.
   */
  async function country(): Promise<{
    assessmentId: string;
    organisationName: string;
    leads: string[];
    facilitator: string;
  }> {
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
      const facilitator = await createUser(database.db);
      await addMember(database.db, organisation.id, facilitator.id, 'facilitator');
      const assessment = await createFinalisedAssessment(
        database.db,
        organisation.id,
        leads[0]!.id,
      );
      return {
        assessmentId: assessment.id,
        organisationName: organisation.name,
        leads: leads.map((lead) => lead.email),
        facilitator: facilitator.email,
      };
    } finally {
      await database.close();
    }
  }

  /** The sharing events of the country's audit trail, oldest first. */
  async function auditActions(): Promise<string[]> {
    const database = openDatabase(loadConfig(data.env()).database);
    try {
      const rows = await database.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_type', '=', 'submission')
        .orderBy('seq')
        .execute();
      return rows.map((row) => row.action);
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

    // Withdrawing again writes the same signed withdrawal, and records nothing more.
    const first = fs.readFileSync(withdrawalOut, 'utf8');
    const againOut = path.join(data.dir(), 'kenya-withdrawal-again.json');
    const twice = capture(data.env());
    expect(
      await runCli(
        ['withdraw', assessmentId, payload.submissionId, '--out', againOut, '--as', leads[0]!],
        twice.io,
      ),
      twice.err.join(''),
    ).toBe(0);
    expect(twice.out.join('')).toMatch(
      new RegExp(
        `^Submission ${payload.submissionId} was already withdrawn on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC; wrote its signed withdrawal to ${againOut} again\\.$`,
      ),
    );
    expect(fs.readFileSync(againOut, 'utf8')).toBe(first);
    expect(await auditActions()).toEqual(['submission.create', 'submission.withdraw']);
  });

  it('refuses an --out it cannot write before sharing or withdrawing anything', async () => {
    const { assessmentId, leads } = await country();
    const missingFolder = path.join(data.dir(), 'no-such-folder');
    const lead = ['--as', leads[0]!];

    const nowhere = capture(data.env());
    expect(
      await runCli(
        ['share', assessmentId, '--out', path.join(missingFolder, 'x.json'), ...lead],
        nowhere.io,
      ),
    ).toBe(1);
    expect(nowhere.err.join('')).toBe(
      `mnr: --out ${path.join(missingFolder, 'x.json')}: the folder ${missingFolder} does not exist. Create it, or choose a file in a folder that exists.`,
    );
    const folder = capture(data.env());
    expect(await runCli(['share', assessmentId, '--out', data.dir(), ...lead], folder.io)).toBe(1);
    expect(folder.err.join('')).toContain(
      `--out ${data.dir()} is a folder; give a file name in it`,
    );
    const underFile = path.join(data.dir(), 'a-file');
    fs.writeFileSync(underFile, '');
    const fileAsFolder = capture(data.env());
    expect(
      await runCli(
        ['share', assessmentId, '--out', path.join(underFile, 'x.json'), ...lead],
        fileAsFolder.io,
      ),
    ).toBe(1);
    expect(fileAsFolder.err.join('')).toContain(`${underFile} is a file, not a folder`);
    expect(await auditActions()).toEqual([]);

    const out = path.join(data.dir(), 'kenya.json');
    expect(
      await runCli(['share', assessmentId, '--out', out, ...lead], capture(data.env()).io),
    ).toBe(0);
    const { payload } = signedSubmissionSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const refused = capture(data.env());
    const withdrawalOut = path.join(missingFolder, 'w.json');
    expect(
      await runCli(
        ['withdraw', assessmentId, payload.submissionId, '--out', withdrawalOut, ...lead],
        refused.io,
      ),
    ).toBe(1);
    expect(refused.err.join('')).toContain(`the folder ${missingFolder} does not exist`);
    expect(await auditActions()).toEqual(['submission.create']);

    fs.mkdirSync(missingFolder);
    const withdrawn = capture(data.env());
    expect(
      await runCli(
        ['withdraw', assessmentId, payload.submissionId, '--out', withdrawalOut, ...lead],
        withdrawn.io,
      ),
      withdrawn.err.join(''),
    ).toBe(0);
    expect(withdrawn.out.join('')).toContain(`Withdrew submission ${payload.submissionId}`);
    expect(await auditActions()).toEqual(['submission.create', 'submission.withdraw']);
  });

  it('takes the cycle and exchange interests by the rules of the app, and says what to change', async () => {
    const { assessmentId, leads } = await country();
    const out = path.join(data.dir(), 'kenya.json');
    const share = async (...options: string[]) => {
      const run = capture(data.env());
      const code = await runCli(
        ['share', assessmentId, '--out', out, '--as', leads[0]!, ...options],
        run.io,
      );
      return { code, err: run.err.join('') };
    };

    expect(await share('--cycle', '')).toEqual({
      code: 1,
      err: 'mnr: Nothing was shared. --cycle: name the cycle.',
    });
    expect(await share('--cycle', '   ')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--cycle: name the cycle') as string,
    });
    const tooLong = await share('--cycle', '2'.repeat(300));
    expect(tooLong.code).toBe(1);
    expect(tooLong.err).toMatch(/^mnr: Nothing was shared\. --cycle: .*40/);
    expect(await share('--seeking', 'leadership,csea-hotline', '--offering', 'leadership')).toEqual(
      {
        code: 1,
        err: 'mnr: --seeking and --offering both name leadership: for each sub-domain, the country either seeks support or can share its experience. Name it in one of them only.',
      },
    );
    expect(await auditActions()).toEqual([]);

    expect(await share('--cycle', ' 2025 ', '--offering', 'leadership')).toEqual({
      code: 0,
      err: '',
    });
    const { payload } = signedSubmissionSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(payload.cycle).toBe('2025');
    expect(payload.subDomains.find((subDomain) => subDomain.key === 'leadership')?.exchange).toBe(
      'offering',
    );
  });

  it('tells someone who is not a lead that only a lead shares or withdraws', async () => {
    const { assessmentId, organisationName, leads, facilitator } = await country();
    const out = path.join(data.dir(), 'kenya.json');
    const refusal = (email: string, what: string) =>
      `mnr: Only a lead of ${organisationName} can share its results or withdraw them; ${email} is ${what}. Name one of its leads with --as EMAIL.`;

    const shared = capture(data.env());
    expect(
      await runCli(['share', assessmentId, '--out', out, '--as', facilitator], shared.io),
    ).toBe(1);
    expect(shared.err.join('')).toBe(refusal(facilitator, 'a facilitator'));

    let outsider = '';
    const database = openDatabase(loadConfig(data.env()).database);
    try {
      outsider = (await createUser(database.db)).email;
    } finally {
      await database.close();
    }
    const stranger = capture(data.env());
    expect(await runCli(['share', assessmentId, '--out', out, '--as', outsider], stranger.io)).toBe(
      1,
    );
    expect(stranger.err.join('')).toBe(refusal(outsider, 'not a member of it'));

    expect(
      await runCli(
        ['share', assessmentId, '--out', out, '--as', leads[0]!],
        capture(data.env()).io,
      ),
    ).toBe(0);
    const { payload } = signedSubmissionSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const withdrawn = capture(data.env());
    expect(
      await runCli(
        ['withdraw', assessmentId, payload.submissionId, '--out', out, '--as', facilitator],
        withdrawn.io,
      ),
    ).toBe(1);
    expect(withdrawn.err.join('')).toBe(refusal(facilitator, 'a facilitator'));
    expect(await auditActions()).toEqual(['submission.create']);
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
