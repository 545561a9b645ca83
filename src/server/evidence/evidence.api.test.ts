import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  indicatorRatingViewSchema,
  MAX_EVIDENCE_FILE_BYTES,
} from '../../domain/assessment/api/index.js';
import { createTeam, type Team } from '../test-support/assessment-team.js';
import { SAMPLE_FILES, uploadRequest } from '../test-support/evidence-samples.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-databases.js';
import { blobPath } from './file-store.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(testDatabaseKinds())('evidence on %s', (kind) => {
  let testApp: TestApp;
  let team: Team;
  let id: string;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    team = await createTeam(testApp.app);
  });
  beforeEach(async () => {
    id = await team.startAssessment();
  });
  afterAll(() => testApp.close());

  const upload = (bytes: Buffer, type: string, name: string, indicator = 'leadership.1.1') =>
    team.as('lead', uploadRequest(id, indicator, { bytes, type, name }));
  const leftInTmp = () => {
    const tmp = path.join(testApp.config.dataDir, 'files', 'tmp');
    return fs.existsSync(tmp) ? fs.readdirSync(tmp) : [];
  };

  it('stores an allowed file under its sha256 and serves it back as an attachment', async () => {
    const name = 'Rapport annuel – 2025 "final".pdf';
    const response = await upload(SAMPLE_FILES.pdf, 'application/pdf', name);
    expect(response.statusCode).toBe(201);
    const [file] = indicatorRatingViewSchema.parse(response.json()).files;
    expect(file).toMatchObject({
      name,
      mediaType: 'application/pdf',
      bytes: SAMPLE_FILES.pdf.length,
      sha256: sha256(SAMPLE_FILES.pdf),
      addedBy: { id: team.sessions.lead.userId },
    });
    const stored = blobPath(testApp.config.dataDir, sha256(SAMPLE_FILES.pdf));
    expect(stored).toMatch(/files\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(fs.readFileSync(stored)).toEqual(SAMPLE_FILES.pdf);

    const download = await team.as('observer', {
      method: 'GET',
      url: `/api/assessments/${id}/files/${file?.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload).toEqual(SAMPLE_FILES.pdf);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Rapport annuel _ 2025 _final_.pdf"; filename*=UTF-8''Rapport%20annuel%20%E2%80%93%202025%20%22final%22.pdf`,
    );
    const outsider = await team.as('outsider', {
      method: 'GET',
      url: `/api/assessments/${id}/files/${file?.id}`,
    });
    expect(outsider.statusCode).toBe(404);
  });

  it('accepts UTF-8 text and images whose content matches the declared type', async () => {
    expect((await upload(SAMPLE_FILES.csv, 'text/csv; charset=utf-8', 'data.csv')).statusCode).toBe(
      201,
    );
    expect((await upload(SAMPLE_FILES.png, 'image/png', 'chart.png')).statusCode).toBe(201);
  });

  it('refuses a file over the limit with 413 and a clear message, leaving nothing behind', async () => {
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(MAX_EVIDENCE_FILE_BYTES)]);
    const response = await upload(big, 'application/pdf', 'huge.pdf');
    expect(response.statusCode).toBe(413);
    expect(response.json().detail).toMatch(
      /^The file is larger than 10 MB, the limit for evidence\./,
    );
    expect(leftInTmp()).toEqual([]);
  });

  it('refuses a program renamed to .pdf, an unknown type and text with NUL bytes with 415', async () => {
    const renamed = await upload(SAMPLE_FILES.exe, 'application/pdf', 'report.pdf');
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().detail).toBe(
      "The file's content is not a .pdf file, although it was sent as application/pdf. Check that you chose the right file.",
    );
    const unknown = await upload(SAMPLE_FILES.exe, 'application/x-msdownload', 'setup.exe');
    expect(unknown.statusCode).toBe(415);
    expect(unknown.json().detail).toMatch(
      /^Files of type application\/x-msdownload cannot be added/,
    );
    const binaryText = await upload(Buffer.from('a\u0000b'), 'text/plain', 'notes.txt');
    expect(binaryText.statusCode).toBe(415);
    const latin1 = await upload(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/csv', 'latin1.csv');
    expect(latin1.statusCode).toBe(415);
    expect(leftInTmp()).toEqual([]);
  });

  it('stores the same bytes once, and removing a reference keeps the shared blob', async () => {
    const bytes = Buffer.from(`%PDF-1.7\nunique ${id}\n%%EOF\n`);
    const first = indicatorRatingViewSchema.parse(
      (await upload(bytes, 'application/pdf', 'a.pdf', 'leadership.1.1')).json(),
    );
    const second = indicatorRatingViewSchema.parse(
      (await upload(bytes, 'application/pdf', 'b.pdf', 'leadership.2.1')).json(),
    );
    const hash = sha256(bytes);
    expect(first.files[0]?.sha256).toBe(hash);
    expect(second.files[0]?.sha256).toBe(hash);
    expect(first.files[0]?.id).not.toBe(second.files[0]?.id);
    const folder = path.dirname(blobPath(testApp.config.dataDir, hash));
    expect(fs.readdirSync(folder).filter((entry) => entry === hash)).toHaveLength(1);

    const removed = await team.as('lead', {
      method: 'DELETE',
      url: `/api/assessments/${id}/files/${first.files[0]?.id}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ key: 'leadership.1.1', files: [] });
    expect(fs.existsSync(blobPath(testApp.config.dataDir, hash))).toBe(true);
    const gone = await team.as('lead', {
      method: 'GET',
      url: `/api/assessments/${id}/files/${first.files[0]?.id}`,
    });
    expect(gone.statusCode).toBe(404);
    const kept = await team.as('lead', {
      method: 'GET',
      url: `/api/assessments/${id}/files/${second.files[0]?.id}`,
    });
    expect(kept.rawPayload).toEqual(bytes);
  });

  it('refuses uploads from observers and contributors outside their scope before reading the file', async () => {
    const observer = await team.as(
      'observer',
      uploadRequest(id, 'end-to-end-support.1.1', {
        bytes: SAMPLE_FILES.pdf,
        type: 'application/pdf',
        name: 'x.pdf',
      }),
    );
    expect(observer.statusCode).toBe(403);
    const outOfScope = await team.as(
      'contributor',
      uploadRequest(id, 'leadership.1.1', {
        bytes: SAMPLE_FILES.pdf,
        type: 'application/pdf',
        name: 'x.pdf',
      }),
    );
    expect(outOfScope.statusCode).toBe(403);
    const inScope = await team.as(
      'contributor',
      uploadRequest(id, 'end-to-end-support.1.1', {
        bytes: SAMPLE_FILES.pdf,
        type: 'application/pdf',
        name: '../../etc/passwd.pdf',
      }),
    );
    expect(inScope.statusCode).toBe(201);
    expect(inScope.json().files[0].name).toBe('passwd.pdf');
  });

  it('adds and removes links, answering with the indicator each time', async () => {
    const added = await team.as('facilitator', {
      method: 'POST',
      url: `/api/assessments/${id}/indicators/leadership.1.1/links`,
      payload: { url: 'https://example.org/plan', label: 'National plan' },
    });
    expect(added.statusCode).toBe(201);
    const [link] = indicatorRatingViewSchema.parse(added.json()).links;
    expect(link).toMatchObject({ url: 'https://example.org/plan', label: 'National plan' });

    const wrongIndicator = await team.as('lead', {
      method: 'DELETE',
      url: `/api/assessments/${id}/indicators/leadership.1.2/links/${link?.id}`,
    });
    expect(wrongIndicator.statusCode).toBe(404);
    const removed = await team.as('lead', {
      method: 'DELETE',
      url: `/api/assessments/${id}/indicators/leadership.1.1/links/${link?.id}`,
    });
    expect(removed.json()).toMatchObject({ links: [] });

    const script = await team.as('lead', {
      method: 'POST',
      url: `/api/assessments/${id}/indicators/leadership.1.1/links`,
      payload: { url: 'javascript:alert(1)' },
    });
    expect(script.statusCode).toBe(400);
  });
});
