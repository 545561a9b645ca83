import {
  indicatorKeysByStage,
  STAGE_NUMBERS,
  type IndicatorKeysByStage,
} from '../../domain/assessment/index.js';
import {
  capabilityOf,
  validateFramework,
  type CapabilityKey,
  type RollUpRule,
  type StageNumber,
  type SubDomainKey,
} from '../../domain/framework/index.js';
import type { Db } from '../db/database.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';
import { NotFoundError } from '../http/problems.js';

export type FrameworkSubDomain = {
  key: SubDomainKey;
  number: number;
  capabilityKey: CapabilityKey;
  indicators: IndicatorKeysByStage;
  /** The sub-domains this one relies on, for interdependency flags. */
  dependsOn: readonly string[];
  /** Every indicator key, stage by stage in framework order. */
  indicatorKeys: readonly string[];
};

export type FrameworkIndicator = {
  key: string;
  subDomainKey: SubDomainKey;
  capabilityKey: CapabilityKey;
  stage: StageNumber;
};

/** The keys of one framework version, indexed for checking the keys in assessment routes. */
export type AssessmentFramework = {
  key: string;
  version: string;
  rollUp: RollUpRule;
  /** In MNR order (1–21). */
  subDomains: readonly FrameworkSubDomain[];
  capabilityKeys: readonly CapabilityKey[];
  enablerKeys: readonly string[];
  subDomainByKey: ReadonlyMap<string, FrameworkSubDomain>;
  indicatorByKey: ReadonlyMap<string, FrameworkIndicator>;
  indicatorTotal: number;
};

export type PinnedFramework = {
  framework_key: string;
  framework_version: string;
  framework_checksum: string;
};

/**
 * A stored framework version never changes (its checksum proves it), so its index is built once
 * per process and shared; the app keeps no other state.
 */
const cache = new Map<string, Promise<AssessmentFramework>>();

export function frameworkOf(db: Db, pinned: PinnedFramework): Promise<AssessmentFramework> {
  let framework = cache.get(pinned.framework_checksum);
  if (!framework) {
    framework = load(db, pinned);
    cache.set(pinned.framework_checksum, framework);
    framework.catch(() => cache.delete(pinned.framework_checksum));
  }
  return framework;
}

async function load(db: Db, pinned: PinnedFramework): Promise<AssessmentFramework> {
  const row = await frameworkRepository(db).findByKeyAndVersion(
    pinned.framework_key,
    pinned.framework_version,
  );
  if (!row || row.checksum !== pinned.framework_checksum) {
    throw new Error(
      `Framework ${pinned.framework_key} ${pinned.framework_version} (checksum ${pinned.framework_checksum}) is not stored.`,
    );
  }
  return indexFramework(
    validateFramework(JSON.parse(row.content), `stored framework ${row.key} ${row.version}`),
  );
}

function indexFramework(framework: ReturnType<typeof validateFramework>): AssessmentFramework {
  const subDomains = framework.capabilities
    .flatMap((capability) => capability.subDomains)
    .sort((a, b) => a.number - b.number)
    .map((subDomain): FrameworkSubDomain => {
      const key = subDomain.key as SubDomainKey;
      const indicators = indicatorKeysByStage(subDomain);
      return {
        key,
        number: subDomain.number,
        capabilityKey: capabilityOf(key),
        indicators,
        dependsOn: subDomain.dependsOn,
        indicatorKeys: STAGE_NUMBERS.flatMap((stage) => indicators[stage]),
      };
    });
  const indicatorByKey = new Map<string, FrameworkIndicator>();
  for (const subDomain of subDomains) {
    for (const stage of STAGE_NUMBERS) {
      for (const key of subDomain.indicators[stage]) {
        indicatorByKey.set(key, {
          key,
          subDomainKey: subDomain.key,
          capabilityKey: subDomain.capabilityKey,
          stage,
        });
      }
    }
  }
  return {
    key: framework.key,
    version: framework.version,
    rollUp: framework.rollUp,
    subDomains,
    capabilityKeys: framework.capabilities.map((capability) => capability.key as CapabilityKey),
    enablerKeys: framework.enablers.map((enabler) => enabler.key),
    subDomainByKey: new Map(subDomains.map((subDomain) => [subDomain.key, subDomain])),
    indicatorByKey,
    indicatorTotal: indicatorByKey.size,
  };
}

function unknownKey(framework: AssessmentFramework, what: string, key: string): NotFoundError {
  return new NotFoundError(
    `This assessment uses framework "${framework.key}" version ${framework.version}, which has no ${what} "${key}".`,
  );
}

export function requireSubDomain(framework: AssessmentFramework, key: string): FrameworkSubDomain {
  const subDomain = framework.subDomainByKey.get(key);
  if (!subDomain) throw unknownKey(framework, 'sub-domain', key);
  return subDomain;
}

export function requireIndicator(framework: AssessmentFramework, key: string): FrameworkIndicator {
  const indicator = framework.indicatorByKey.get(key);
  if (!indicator) throw unknownKey(framework, 'indicator', key);
  return indicator;
}

export function requireCapability(framework: AssessmentFramework, key: string): CapabilityKey {
  const capability = framework.capabilityKeys.find((candidate) => candidate === key);
  if (!capability) throw unknownKey(framework, 'capability', key);
  return capability;
}

export function requireEnabler(framework: AssessmentFramework, key: string): string {
  if (!framework.enablerKeys.includes(key)) throw unknownKey(framework, 'enabler', key);
  return key;
}
