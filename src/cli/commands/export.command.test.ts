import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  assessmentDocumentSchema,
  type AssessmentDocument,
} from '../../domain/assessment-document/index.js';
import { indicatorRatingRepository } from '../../server/assessments/indicator-rating.repository.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { loadShippedFrameworks } from '../../server/frameworks/load-shipped.js';
import {
  addMember,
  createAssessment,
  createOrganisation,
  createUser,
} from '../../server/test-support/factories.js';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

const EVIDENCE = '=1+1 محضر اجتماع 国家监督委员会';

describe('mnr export and mnr import', () => {
  const data = useTempDataDir();

  /** A lead, an observer and an assessment with one rated indicator. */
  async function world() {
    const database = openDatabase(loadConfig(data.env()).database);
    try {
      await migrateToLatest(database.db);
      await loadShippedFrameworks(database.db);
      const organisation = await createOrganisation(database.db);
      const lead = await createUser(database.db, { email: 'lead@justice.example.gov' });
      const observer = await createUser(database.db, { email: 'observer@justice.example.gov' });
      await addMember(database.db, organisation.id, lead.id, 'lead');
      await addMember(database.db, organisation.id, observer.id, 'observer');
      const assessment = await createAssessment(database.db, organisation.id, lead.id, {
        title: 'Évaluation nationale',
      });
      const at = new Date().toISOString();
      await indicatorRatingRepository(database.db).insert([
        {
          id: 'rating-1',
          assessment_id: assessment.id,
          sub_domain_key: 'leadership',
          indicator_key: 'leadership.1.1',
          status: 'met',
          evidence_text: EVIDENCE,
          created_at: at,
          updated_at: at,
          updated_by: lead.id,
          version: 1,
        },
      ]);
      return { organisationId: organisation.id, assessmentId: assessment.id };
    } finally {
      await database.close();
    }
  }

  const run = async (args: string[]) => {
    const result = capture(data.env());
    const code = await runCli(args, result.io);
    return { code, out: result.out.join('\n'), err: result.err.join('\n') };
  };

  const assessmentCount = async () => {
    const listed = await run(['assessments', 'list', '--json']);
    return (JSON.parse(listed.out) as unknown[]).length;
  };

  it('exports JSON and CSV, and imports the JSON back as an equal new draft', async () => {
    const { organisationId, assessmentId } = await world();
    const jsonFile = path.join(data.dir(), 'export.json');
    expect(
      await run(['export', assessmentId, '--format', 'json', '--out', jsonFile]),
    ).toMatchObject({
      code: 0,
      out: `Wrote ${jsonFile}.`,
    });
    const original = assessmentDocumentSchema.parse(JSON.parse(fs.readFileSync(jsonFile, 'utf8')));
    expect(
      original.record.indicators.find((entry) => entry.key === 'leadership.1.1'),
    ).toMatchObject({
      status: 'met',
      evidence: EVIDENCE,
    });

    const csvFile = path.join(data.dir(), 'stages.csv');
    expect((await run(['export', assessmentId, '--format', 'csv', '--out', csvFile])).code).toBe(0);
    const bytes = fs.readFileSync(csvFile);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(21);
    expect(rows[0]).toMatchObject({
      Number: '1',
      'Sub-domain key': 'leadership',
      Result: 'not assessed',
    });
    // The API's name for the same file is taken too.
    const sameFile = path.join(data.dir(), 'stages-again.csv');
    await run(['export', assessmentId, '--format', 'csv-stages', '--out', sameFile]);
    expect(fs.readFileSync(sameFile)).toEqual(bytes);
    const nowhere = path.join(data.dir(), 'no-such-folder', 'stages.csv');
    const refused = await run(['export', assessmentId, '--format', 'csv', '--out', nowhere]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('the folder');
    expect(refused.err).toContain('does not exist');

    const imported = await run([
      'import',
      jsonFile,
      '--organisation',
      organisationId,
      '--as',
      'lead@justice.example.gov',
    ]);
    expect(imported.code, imported.err).toBe(0);
    const newId = /new draft assessment: ([\w-]{36})$/.exec(imported.out)?.[1] ?? '';
    expect(newId).not.toBe(assessmentId);
    const againFile = path.join(data.dir(), 'again.json');
    expect((await run(['export', newId, '--format', 'json', '--out', againFile])).code).toBe(0);
    const again = JSON.parse(fs.readFileSync(againFile, 'utf8')) as AssessmentDocument;
    expect(again.record).toEqual(original.record);
  });

  it('refuses a changed file, a non-lead and an unknown assessment, writing nothing', async () => {
    const { organisationId, assessmentId } = await world();
    const jsonFile = path.join(data.dir(), 'export.json');
    await run(['export', assessmentId, '--format', 'json', '--out', jsonFile]);
    const document = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as AssessmentDocument;
    const entry = document.record.indicators.find(
      (indicator) => indicator.key === 'leadership.1.1',
    );
    if (entry) entry.status = 'not-met';
    const tamperedFile = path.join(data.dir(), 'tampered.json');
    fs.writeFileSync(tamperedFile, JSON.stringify(document));
    const before = await assessmentCount();

    const tampered = await run([
      'import',
      tamperedFile,
      '--organisation',
      organisationId,
      '--as',
      'lead@justice.example.gov',
    ]);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toContain(
      `${tamperedFile} at $.integrity.digest: the file was changed after it was exported`,
    );

    const observer = await run([
      'import',
      jsonFile,
      '--organisation',
      organisationId,
      '--as',
      'observer@justice.example.gov',
    ]);
    expect(observer.code).toBe(1);
    expect(observer.err).toMatch(/^mnr: /);
    expect(await assessmentCount()).toBe(before);

    const unknown = await run(['export', 'no-such-id', '--format', 'json', '--out', jsonFile]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no-such-id');
  });

  it('explains every format in its help', async () => {
    const help = await run(['export', '--help']);
    expect(help.out).toContain('csv-plan');
    expect((await run(['import', '--help'])).out).toContain('--organisation <id>');
  });
});
