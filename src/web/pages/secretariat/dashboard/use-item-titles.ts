import { useCallback } from 'react';
import { DEFAULT_FRAMEWORK_KEY } from '../../../framework/paths.js';
import { useFramework } from '../../../framework/use-framework.js';
import { useLocalize } from '../../../i18n/use-localize.js';

/**
 * Sub-domain and capability names as the framework words them, in the interface language; the
 * stable keys stand in until the framework has loaded.
 */
export function useItemTitles(): (key: string) => string {
  const framework = useFramework(DEFAULT_FRAMEWORK_KEY);
  const localize = useLocalize();
  const capabilities = framework.status === 'ready' ? framework.data.capabilities : undefined;
  return useCallback(
    (key: string) => {
      for (const capability of capabilities ?? []) {
        if (capability.key === key) return localize(capability.title);
        const subDomain = capability.subDomains.find((candidate) => candidate.key === key);
        if (subDomain) return localize(subDomain.title);
      }
      return key;
    },
    [capabilities, localize],
  );
}
