import { randomUUID } from 'node:crypto';
import type { Framework } from '../../domain/framework/index.js';
import type { Db } from '../db/database.js';
import { ConflictError } from '../http/problems.js';
import { frameworkChecksum } from './checksum.js';
import { frameworkRepository } from './framework.repository.js';

export type ImportOutcome = {
  status: 'imported' | 'unchanged';
  key: string;
  version: string;
  checksum: string;
};

/**
 * Stores a validated framework. Reference content is immutable once loaded: importing the same
 * version again is a no-op when the content matches and is refused when it differs, because
 * assessments pinned to that version must keep meaning what they meant.
 */
export async function importFramework(
  db: Db,
  framework: Framework,
  now: () => Date = () => new Date(),
): Promise<ImportOutcome> {
  const checksum = frameworkChecksum(framework);
  return db.transaction().execute(async (trx) => {
    const frameworks = frameworkRepository(trx);
    const existing = await frameworks.findByKeyAndVersion(framework.key, framework.version);
    const outcome = { key: framework.key, version: framework.version, checksum };
    if (existing) {
      if (existing.checksum === checksum) return { status: 'unchanged', ...outcome };
      throw new ConflictError(
        `Framework "${framework.key}" version ${framework.version} is already loaded with different content ` +
          `(stored checksum ${existing.checksum.slice(0, 12)}…, this file ${checksum.slice(0, 12)}…). ` +
          'Give the changed framework a new version string.',
        {
          key: framework.key,
          version: framework.version,
          storedChecksum: existing.checksum,
          checksum,
        },
      );
    }
    await frameworks.insert({
      id: randomUUID(),
      key: framework.key,
      version: framework.version,
      title: JSON.stringify(framework.title),
      checksum,
      content: JSON.stringify(framework),
      loaded_at: now().toISOString(),
    });
    return { status: 'imported', ...outcome };
  });
}
