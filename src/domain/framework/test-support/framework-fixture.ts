import {
  MNR_CAPABILITIES,
  STAGE_KEYS,
  subDomainNumber,
  type CapabilityKey,
  type StageKey,
} from '../mnr-structure.js';

type FixtureStage = {
  summary: { en: string };
  indicators: { key: string; text: { en: string } }[];
};

/** A minimal valid framework (one indicator per stage) that tests break in one place at a time. */
export function validFrameworkData() {
  const text = (en: string) => ({ en });
  return {
    key: 'test',
    version: '1.0',
    title: text('Test framework'),
    description: text('A framework for tests.'),
    rollUp: 'lowest',
    stages: STAGE_KEYS.map((key, index) => ({
      number: index + 1,
      key,
      title: text(key),
      description: text(`Stage ${key}`),
    })),
    capabilities: (Object.keys(MNR_CAPABILITIES) as CapabilityKey[]).map((capability) => ({
      key: capability,
      title: text(capability),
      description: text(`About ${capability}`),
      subDomains: MNR_CAPABILITIES[capability].map((subDomain) => ({
        number: subDomainNumber(subDomain),
        key: subDomain,
        title: text(subDomain),
        description: text(`About ${subDomain}`),
        dependsOn: [] as string[],
        stages: Object.fromEntries(
          STAGE_KEYS.map((stage, index) => [
            stage,
            {
              summary: text(`${subDomain} at ${stage}`),
              indicators: [
                {
                  key: `${subDomain}.${index + 1}.1`,
                  text: text(`${subDomain} indicator ${stage}`),
                },
              ],
            },
          ]),
        ) as Record<StageKey, FixtureStage>,
      })),
    })),
    enablers: [
      { key: 'data-and-evidence', title: text('Data'), description: text('Data and evidence') },
    ],
  };
}
