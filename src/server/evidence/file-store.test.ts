import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_FILE_BYTES } from '../../domain/assessment/api/index.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError } from '../http/problems.js';
import { SAMPLE_FILES } from '../test-support/evidence-samples.js';
import { blobPath, storeBlob } from './file-store.js';

/** A body that arrives in chunks with no declared length, as a chunked upload does. */
function chunked(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let start = 0; start < bytes.length; start += chunkSize) {
        yield bytes.subarray(start, start + chunkSize);
      }
    })(),
  );
}

describe('content-addressed file store', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-files-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const tmp = () => fs.readdirSync(path.join(dataDir, 'files', 'tmp'));

  it('stops a stream without a declared length as soon as it passes the limit', async () => {
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(MAX_EVIDENCE_FILE_BYTES)]);
    await expect(storeBlob(dataDir, 'application/pdf', chunked(big))).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    expect(tmp()).toEqual([]);
  });

  it('accepts exactly the limit, and stores identical bytes once', async () => {
    const exact = Buffer.concat([
      SAMPLE_FILES.pdf,
      Buffer.alloc(MAX_EVIDENCE_FILE_BYTES - SAMPLE_FILES.pdf.length),
    ]);
    const first = await storeBlob(dataDir, 'application/pdf', chunked(exact));
    const second = await storeBlob(dataDir, 'application/pdf', chunked(exact));
    expect(first).toEqual(second);
    expect(first.bytes).toBe(MAX_EVIDENCE_FILE_BYTES);
    expect(fs.statSync(blobPath(dataDir, first.sha256)).size).toBe(MAX_EVIDENCE_FILE_BYTES);
    expect(tmp()).toEqual([]);
  });

  it('checks UTF-8 across chunk boundaries and refuses a signature that does not match', async () => {
    const text = Buffer.from('évaluation – ünïcödé '.repeat(5000));
    await expect(storeBlob(dataDir, 'text/plain', chunked(text, 7))).resolves.toMatchObject({
      bytes: text.length,
    });
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    await expect(storeBlob(dataDir, docx, chunked(SAMPLE_FILES.pdf))).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
    await expect(
      storeBlob(dataDir, docx, chunked(Buffer.from('PK\u0003\u0004rest of a zip'))),
    ).resolves.toMatchObject({ bytes: 17 });
    await expect(
      storeBlob(dataDir, 'image/jpeg', chunked(Buffer.from([0xff, 0xd8]))),
    ).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });
});
