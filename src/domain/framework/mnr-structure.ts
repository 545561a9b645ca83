/**
 * The fixed structure of the Model National Response: six capabilities, 21 sub-domains and four
 * stages. These keys and numbers are stable identifiers (never renumbered), so a framework file
 * may reword everything but must keep them.
 */
export const STAGE_KEYS = ['building', 'enhancement', 'integration', 'maturity'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];
export type StageNumber = 1 | 2 | 3 | 4;

export function stageNumber(key: StageKey): StageNumber {
  return (STAGE_KEYS.indexOf(key) + 1) as StageNumber;
}

export function stageKey(number: StageNumber): StageKey {
  return STAGE_KEYS[number - 1] as StageKey;
}

export const MNR_CAPABILITIES = {
  'policy-governance': ['leadership', 'research-analysis-monitoring', 'legislation'],
  'criminal-justice': [
    'dedicated-law-enforcement',
    'judiciary-prosecutors',
    'offender-management',
    'image-databases',
  ],
  victim: [
    'end-to-end-support',
    'child-protection-workforce',
    'compensation-remedies-complaints',
    'child-helpline',
  ],
  societal: [
    'csea-hotline',
    'education-programme',
    'child-participation',
    'offender-support-systems',
  ],
  industry: [
    'takedown-procedures',
    'csea-reporting',
    'innovative-solutions',
    'corporate-social-responsibility',
  ],
  'media-communications': ['ethical-media-reporting', 'universal-terminology'],
} as const;

export type CapabilityKey = keyof typeof MNR_CAPABILITIES;
export type SubDomainKey = (typeof MNR_CAPABILITIES)[CapabilityKey][number];

export const CAPABILITY_KEYS = Object.keys(MNR_CAPABILITIES) as CapabilityKey[];

/** Sub-domains in MNR order; the position + 1 is the sub-domain's number (1–21). */
export const SUB_DOMAIN_KEYS: readonly SubDomainKey[] = CAPABILITY_KEYS.flatMap(
  (capability) => MNR_CAPABILITIES[capability],
);

export function subDomainNumber(key: SubDomainKey): number {
  return SUB_DOMAIN_KEYS.indexOf(key) + 1;
}

export function capabilityOf(subDomain: SubDomainKey): CapabilityKey {
  const found = CAPABILITY_KEYS.find((capability) =>
    (MNR_CAPABILITIES[capability] as readonly string[]).includes(subDomain),
  );
  if (!found) throw new Error(`Unknown sub-domain ${subDomain}`);
  return found;
}
