import { validateFramework } from '../../domain/framework/index.js';
import type { PinnedFramework } from '../assessments/assessment-framework.js';
import type { Db } from '../db/database.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';

/** The latest MNR framework stored, and each indicator's English text (plan item titles). */
export async function indicatorTexts(
  db: Db,
): Promise<{ pinned: PinnedFramework; byKey: ReadonlyMap<string, string> }> {
  const row = await frameworkRepository(db).findLatest('mnr');
  if (!row) throw new Error('The MNR framework is not stored; run `mnr migrate` and start once.');
  const framework = validateFramework(JSON.parse(row.content), `stored framework ${row.key}`);
  const byKey = new Map<string, string>();
  for (const capability of framework.capabilities) {
    for (const subDomain of capability.subDomains) {
      for (const stage of Object.values(subDomain.stages)) {
        for (const indicator of stage.indicators) {
          byKey.set(indicator.key, indicator.text.en ?? indicator.key);
        }
      }
    }
  }
  return {
    pinned: {
      framework_key: row.key,
      framework_version: row.version,
      framework_checksum: row.checksum,
    },
    byKey,
  };
}
