import type { FrameworkKeys } from '../../domain/assessment-document/index.js';
import { frameworkOf, type AssessmentFramework } from '../assessments/assessment-framework.js';
import type { Db } from '../db/database.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';

export function frameworkKeys(framework: AssessmentFramework, checksum: string): FrameworkKeys {
  return {
    key: framework.key,
    version: framework.version,
    checksum,
    indicators: [...framework.indicatorByKey.values()].map(({ key, subDomainKey }) => ({
      key,
      subDomainKey,
    })),
    subDomainKeys: framework.subDomains.map((subDomain) => subDomain.key),
    capabilityKeys: framework.capabilityKeys,
    enablerKeys: framework.enablerKeys,
  };
}

/** Every framework version stored on this instance: the ones an imported file may be made against. */
export async function storedFrameworkKeys(db: Db): Promise<FrameworkKeys[]> {
  const rows = await frameworkRepository(db).listAll();
  return Promise.all(
    rows.map(async (row) =>
      frameworkKeys(
        await frameworkOf(db, {
          framework_key: row.key,
          framework_version: row.version,
          framework_checksum: row.checksum,
        }),
        row.checksum,
      ),
    ),
  );
}
