import type { FrameworkView, SubDomainView } from '../../domain/framework/index.js';

type CapabilityView = FrameworkView['capabilities'][number];

export type SubDomainInContext = {
  subDomain: SubDomainView;
  capability: CapabilityView;
  previous: SubDomainView | undefined;
  next: SubDomainView | undefined;
  /** The sub-domains this one depends on, in framework order. */
  dependencies: SubDomainView[];
};

/** Sub-domains in reading order: by capability, then as listed within it. */
export function subDomainsInOrder(framework: FrameworkView): SubDomainView[] {
  return framework.capabilities.flatMap((capability) => capability.subDomains);
}

/** A sub-domain with what its page shows around it, or undefined for an unknown key. */
export function findSubDomain(
  framework: FrameworkView,
  key: string,
): SubDomainInContext | undefined {
  const all = subDomainsInOrder(framework);
  const index = all.findIndex((subDomain) => subDomain.key === key);
  const subDomain = all[index];
  const capability = framework.capabilities.find((candidate) =>
    candidate.subDomains.some((item) => item.key === key),
  );
  if (!subDomain || !capability) return undefined;
  return {
    subDomain,
    capability,
    previous: all[index - 1],
    next: all[index + 1],
    dependencies: all.filter((candidate) => subDomain.dependsOn.includes(candidate.key)),
  };
}
