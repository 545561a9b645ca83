import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { receivedSubmissionItemSchema } from '../../domain/sharing/index.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { signPayload } from '../../server/sharing/signature.js';
import {
  samplePayload,
  signSample,
  testSigningKey,
} from '../../server/sharing/test-support/sharing-fixtures.js';
import { runCli } from '../program.js';
import { capture } from '../test-support/capture.js';
import { useTempDataDir } from '../test-support/temp-data.js';

const BENIN = {
  code: 'BJ',
  name: 'Benin',
  region: 'africa',
  subRegion: null,
  incomeGroup: 'lower-middle',
  governmentSystem: 'centralised',
  classificationSource: 'As recorded for the organisation.',
} as const;

describe('mnr secretariat list, remove and token', () => {
  const data = useTempDataDir();

  /** Runs `mnr` on the secretariat instance; returns its exit code and what it printed. */
  async function mnr(...args: string[]) {
    const run = capture(data.env());
    const code = await runCli(args, run.io);
    return { code, out: run.out.join(''), err: run.err.join('') };
  }

  function write(name: string, document: unknown): string {
    const file = path.join(data.dir(), name);
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  }

  it('lists the submissions held by country name, and removes one, audited', async () => {
    expect((await mnr('secretariat', 'list')).out).toBe('No submission is held.');
    const kenya = signSample(
      samplePayload({ cycle: '2026', createdAt: '2026-03-01T09:30:00.000Z' }),
    );
    const benin = signSample(samplePayload({ cycle: '2025', country: BENIN }));
    expect((await mnr('secretariat', 'import', write('kenya.json', kenya))).code).toBe(0);
    expect((await mnr('secretariat', 'import', write('benin.json', benin))).code).toBe(0);

    const listed = await mnr('secretariat', 'list');
    const lines = listed.out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+COUNTRY\s+CYCLE\s+MADE\s+RECEIVED\s+VIA$/);
    expect(lines[1]).toMatch(
      new RegExp(`^${benin.payload.submissionId}\\s+Benin \\(BJ\\)\\s+2025`),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^${kenya.payload.submissionId}\\s+Kenya \\(KE\\)\\s+2026\\s+2026-03-01 09:30 UTC\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\s+mnr secretariat import$`,
      ),
    );
    const json = receivedSubmissionItemSchema
      .array()
      .parse(JSON.parse((await mnr('secretariat', 'list', '--json')).out));
    expect(json.map((item) => item.countryName)).toEqual(['Benin', 'Kenya']);

    const removed = await mnr('secretariat', 'remove', kenya.payload.submissionId);
    expect(removed.code, removed.err).toBe(0);
    expect(removed.out).toBe(
      `Removed the submission of Kenya (KE), cycle 2026, submission ${kenya.payload.submissionId}.`,
    );
    expect((await mnr('secretariat', 'list')).out).not.toContain('Kenya');
    const database = openDatabase(loadConfig(data.env()).database);
    try {
      const event = await database.db
        .selectFrom('audit_events')
        .select(['action', 'actor'])
        .where('entity_id', '=', kenya.payload.submissionId)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(event).toEqual({ action: 'received-submission.remove', actor: 'system:cli' });
    } finally {
      await database.close();
    }

    const again = await mnr('secretariat', 'remove', kenya.payload.submissionId);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      `The secretariat holds no submission with id "${kenya.payload.submissionId}"`,
    );
  });

  it('refuses a file signed by another key than the held one, naming both fingerprints', async () => {
    const held = signSample(samplePayload({ createdAt: '2026-03-01T09:30:00.000Z' }));
    expect((await mnr('secretariat', 'import', write('held.json', held))).code).toBe(0);
    const other = await mnr(
      'secretariat',
      'import',
      write('other.json', signSample(samplePayload())),
    );
    expect(other.code).toBe(1);
    expect(other.err).toMatch(
      /signed by another key \(fingerprint ([0-9a-f]{4} ){15}[0-9a-f]{4}\) than this file \(fingerprint ([0-9a-f]{4} ){15}[0-9a-f]{4}\)/,
    );
  });

  it('says a withdrawal of a submission not held refuses it only from the same sender', async () => {
    const payload = {
      format: 'mnr-self-assessment/withdrawal' as const,
      formatVersion: 1 as const,
      submissionId: '1b0e8a5c-5f0e-4c57-9a5a-3d1f8a4b2c10',
      withdrawnAt: '2026-12-03T10:00:00.000Z',
    };
    const withdrawal = { payload, signature: signPayload(payload, testSigningKey()) };
    const imported = await mnr('secretariat', 'import', write('withdrawal.json', withdrawal));
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toBe(
      `Withdrawal of submission ${payload.submissionId} recorded. No copy of it is held; its file will be refused if it arrives from the same sender.`,
    );
  });

  it('lists intake tokens with their ids, and revokes one', async () => {
    expect((await mnr('secretariat', 'token', 'list')).out).toBe(
      'No intake token has been issued.',
    );
    const created = await mnr('secretariat', 'token', 'create', '--label', 'Kenya');
    const id = /\(id ([0-9a-f-]{36})\)/.exec(created.err)?.[1] ?? '';
    const listed = await mnr('secretariat', 'token', 'list');
    expect(listed.out).toMatch(/^ID\s+LABEL\s+ISSUED\s+REVOKED\n/);
    expect(listed.out).toMatch(
      new RegExp(`\\n${id}\\s+Kenya\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\s+-$`),
    );
    expect(listed.out).not.toContain(created.out.trim());

    const revoked = await mnr('secretariat', 'token', 'revoke', id);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toBe(
      `Revoked intake token "Kenya" (id ${id}): submissions and withdrawals sent with it are refused from now on.`,
    );
    expect((await mnr('secretariat', 'token', 'list')).out).toMatch(
      new RegExp(`\\n${id}\\s+Kenya\\s+\\S+ \\S+ UTC\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC$`),
    );
    const unknown = await mnr('secretariat', 'token', 'revoke', 'no-such-token');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('There is no intake token with id "no-such-token"');
  });
});
