import { useMemo } from 'react';
import type { FrameworkView } from '../../domain/framework/index.js';
import { subDomainsInOrder } from '../framework/sub-domain-lookup.js';
import { useLocalize } from '../i18n/use-localize.js';

export type IndicatorWords = { key: string; text: string; stage: number };

/** The framework's words the plan shows: sub-domain and capability titles, indicator texts. */
export function usePlanWords(framework: FrameworkView) {
  const localize = useLocalize();
  return useMemo(() => {
    const subDomains = subDomainsInOrder(framework);
    const indicators = new Map<string, IndicatorWords>();
    for (const subDomain of subDomains) {
      for (const stage of subDomain.stages) {
        for (const indicator of stage.indicators) {
          indicators.set(indicator.key, {
            key: indicator.key,
            text: localize(indicator.text),
            stage: stage.number,
          });
        }
      }
    }
    const subDomainTitle = (key: string) => {
      const subDomain = subDomains.find((candidate) => candidate.key === key);
      return subDomain ? `${subDomain.number}. ${localize(subDomain.title)}` : key;
    };
    const capabilityTitle = (key: string) => {
      const capability = framework.capabilities.find((candidate) => candidate.key === key);
      return capability ? localize(capability.title) : key;
    };
    return {
      subDomains: subDomains.map((subDomain) => ({
        key: subDomain.key,
        title: subDomainTitle(subDomain.key),
      })),
      capabilities: framework.capabilities.map((capability) => ({
        key: capability.key,
        title: localize(capability.title),
      })),
      subDomainTitle,
      capabilityTitle,
      indicatorText: (key: string) => indicators.get(key)?.text ?? key,
      indicatorsOf: (subDomainKey: string): IndicatorWords[] =>
        [...indicators.values()].filter((indicator) =>
          indicator.key.startsWith(`${subDomainKey}.`),
        ),
    };
  }, [framework, localize]);
}

export type PlanWords = ReturnType<typeof usePlanWords>;
