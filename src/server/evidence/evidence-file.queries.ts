import fs from 'node:fs';
import type { Actor } from '../../domain/access/index.js';
import { readAssessment } from '../assessments/assessment-write.js';
import type { Db } from '../db/database.js';
import { NotFoundError } from '../http/problems.js';
import { fileNotFound } from './evidence-file.commands.js';
import { evidenceRepository, type FileRow } from './evidence.repository.js';
import { blobPath } from './file-store.js';

/** A file of an assessment the actor may read, and where its bytes are. */
export async function evidenceFileForDownload(
  db: Db,
  dataDir: string,
  actor: Actor | null,
  ids: { assessmentId: string; fileId: string },
): Promise<{ file: FileRow; path: string }> {
  await readAssessment(db, actor, ids.assessmentId);
  const file = await evidenceRepository(db).findFile(ids.assessmentId, ids.fileId);
  if (!file) throw fileNotFound(ids.fileId);
  const path = blobPath(dataDir, file.sha256);
  if (!fs.existsSync(path)) {
    throw new NotFoundError(
      `The stored content of “${file.name}” is missing from this server. Ask your administrator to restore the files folder from a backup.`,
    );
  }
  return { file, path };
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
