import { useCallback } from 'react';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { subDomainsInOrder } from '../../framework/sub-domain-lookup.js';
import { useLocalize } from '../../i18n/use-localize.js';

export type FrameworkNames = {
  subDomain: (key: string) => string;
  subDomainNumber: (key: string) => number | undefined;
  capability: (key: string) => string;
  indicator: (key: string) => string;
};

/** Names of sub-domains, capabilities and indicators in the framework's words; keys stand in for unknown ones. */
export function useFrameworkNames(framework: FrameworkView): FrameworkNames {
  const localize = useLocalize();
  const subDomain = useCallback(
    (key: string) => {
      const found = subDomainsInOrder(framework).find((candidate) => candidate.key === key);
      return found ? localize(found.title) : key;
    },
    [framework, localize],
  );
  const subDomainNumber = useCallback(
    (key: string) =>
      subDomainsInOrder(framework).find((candidate) => candidate.key === key)?.number,
    [framework],
  );
  const capability = useCallback(
    (key: string) => {
      const found = framework.capabilities.find((candidate) => candidate.key === key);
      return found ? localize(found.title) : key;
    },
    [framework, localize],
  );
  const indicator = useCallback(
    (key: string) => {
      for (const item of subDomainsInOrder(framework)) {
        for (const stage of item.stages) {
          const found = stage.indicators.find((candidate) => candidate.key === key);
          if (found) return localize(found.text);
        }
      }
      return key;
    },
    [framework, localize],
  );
  return { subDomain, subDomainNumber, capability, indicator };
}
