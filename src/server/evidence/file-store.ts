import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  MAX_EVIDENCE_FILE_BYTES,
  type EvidenceFileType,
} from '../../domain/assessment/api/index.js';
import { PayloadTooLargeError, UnprocessableError } from '../http/problems.js';
import { contentCheck } from './file-type.js';

export type StoredBlob = { sha256: string; bytes: number };

const LIMIT_MB = MAX_EVIDENCE_FILE_BYTES / (1024 * 1024);

export function tooLarge(): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `The file is larger than ${LIMIT_MB} MB, the limit for evidence. Add a smaller file, or a link to where the document is published.`,
  );
}

/** Content-addressed: `${DATA_DIR}/files/ab/cd/<sha256>`, shared by every reference to the bytes. */
export function blobPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/**
 * Streams an upload to a temporary file while counting, hashing and checking it, then moves it
 * to its content address (or drops it when those bytes are already stored). Over the size limit
 * the upload stops at once with 413; content that does not match its type gets 415.
 */
export async function storeBlob(
  dataDir: string,
  type: EvidenceFileType,
  source: Readable,
): Promise<StoredBlob> {
  const tmpDir = path.join(dataDir, 'files', 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, randomUUID());
  const hash = createHash('sha256');
  const check = contentCheck(type);
  let bytes = 0;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_EVIDENCE_FILE_BYTES) {
        done(tooLarge());
        return;
      }
      hash.update(chunk);
      check.push(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, inspect, fs.createWriteStream(tmp, { flags: 'wx' }));
    if (bytes === 0) throw new UnprocessableError('The file is empty; choose the file again.');
    check.finish();
    const sha256 = hash.digest('hex');
    const target = blobPath(dataDir, sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) await fs.promises.rm(tmp);
    else await fs.promises.rename(tmp, target);
    return { sha256, bytes };
  } catch (error) {
    await fs.promises.rm(tmp, { force: true });
    throw error;
  }
}
