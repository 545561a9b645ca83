import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUB_DOMAIN_KEYS, subDomainNumber } from '../framework/mnr-structure.js';
import { INTERDEPENDENCY_GAP, interdependencyFlags } from './interdependency.js';
import { subDomainResultsArb } from './test-support/arbitraries.js';
import { agreed, frameworkSubDomains, notApplicable } from './test-support/fixtures.js';

/** Dependencies as in the shipped framework, for the sub-domains these tests use. */
const hotline = {
  key: 'csea-hotline',
  number: 12,
  dependsOn: ['legislation', 'takedown-procedures', 'dedicated-law-enforcement'],
};
const takedown = {
  key: 'takedown-procedures',
  number: 16,
  dependsOn: ['legislation', 'csea-hotline', 'dedicated-law-enforcement'],
};

describe('interdependencyFlags', () => {
  it('flags a sub-domain two or more stages above a dependency, naming both', () => {
    const results = {
      'csea-hotline': agreed(4),
      legislation: agreed(2),
      'takedown-procedures': agreed(3),
      'dedicated-law-enforcement': agreed(1),
    };
    expect(interdependencyFlags([hotline], results)).toEqual([
      { subDomain: 'csea-hotline', stage: 4, dependsOn: 'legislation', dependencyStage: 2, gap: 2 },
      {
        subDomain: 'csea-hotline',
        stage: 4,
        dependsOn: 'dedicated-law-enforcement',
        dependencyStage: 1,
        gap: 3,
      },
    ]);
  });

  it('does not flag one stage apart, or a dependency that is ahead', () => {
    const results = {
      'csea-hotline': agreed(2),
      legislation: agreed(3),
      'takedown-procedures': agreed(4),
    };
    expect(interdependencyFlags([hotline, takedown], results)).toEqual([
      {
        subDomain: 'takedown-procedures',
        stage: 4,
        dependsOn: 'csea-hotline',
        dependencyStage: 2,
        gap: 2,
      },
    ]);
  });

  it('ignores sub-domains and dependencies without an agreed stage', () => {
    const results = { 'csea-hotline': agreed(4), legislation: notApplicable };
    expect(interdependencyFlags([hotline], results)).toEqual([]);
    expect(interdependencyFlags([hotline], { legislation: agreed(1) })).toEqual([]);
  });

  it('lists flags in MNR order whatever order the sub-domains come in', () => {
    const results = {
      'csea-hotline': agreed(4),
      'takedown-procedures': agreed(4),
      legislation: agreed(1),
    };
    const flagged = interdependencyFlags([takedown, hotline], results).map(
      ({ subDomain }) => subDomain,
    );
    expect(flagged).toEqual(['csea-hotline', 'takedown-procedures']);
  });

  it('accepts the framework sub-domains as they are', () => {
    const subDomains = frameworkSubDomains().map((subDomain) =>
      subDomain.key === 'leadership' ? { ...subDomain, dependsOn: ['legislation'] } : subDomain,
    );
    const results = { leadership: agreed(3), legislation: agreed(1) };
    expect(interdependencyFlags(subDomains, results)).toHaveLength(1);
  });
});

const everySubDomain = SUB_DOMAIN_KEYS.map((key, index) => ({
  key,
  number: subDomainNumber(key),
  // Each depends on the next three, a dense graph for the properties.
  dependsOn: [1, 2, 3].map((step) => SUB_DOMAIN_KEYS[(index + step) % SUB_DOMAIN_KEYS.length]!),
}));

describe('interdependencyFlags properties', () => {
  it('flags exactly the agreed pairs two or more stages apart, with the right stages', () => {
    fc.assert(
      fc.property(subDomainResultsArb, (results) => {
        const stageOf = (key: string) => {
          const result = results[key];
          return result?.kind === 'stage' ? result.stage : undefined;
        };
        const expected = everySubDomain.flatMap(({ key, dependsOn }) =>
          dependsOn.filter((dependency) => {
            const [stage, dependencyStage] = [stageOf(key), stageOf(dependency)];
            return (
              stage !== undefined && dependencyStage !== undefined && stage - dependencyStage >= 2
            );
          }),
        );
        const flags = interdependencyFlags(everySubDomain, results);
        expect(flags).toHaveLength(expected.length);
        for (const flag of flags) {
          expect(flag.stage).toBe(stageOf(flag.subDomain));
          expect(flag.dependencyStage).toBe(stageOf(flag.dependsOn));
          expect(flag.gap).toBe(flag.stage - flag.dependencyStage);
          expect(flag.gap).toBeGreaterThanOrEqual(INTERDEPENDENCY_GAP);
        }
      }),
    );
  });
});
