import { useCallback } from 'react';
import { CAPABILITY_KEYS, type CapabilityKey } from '../../domain/framework/index.js';
import { DEFAULT_FRAMEWORK_KEY } from '../framework/paths.js';
import { useFramework } from '../framework/use-framework.js';
import { useLocalize } from '../i18n/use-localize.js';

/**
 * The six capabilities' names as the framework words them, in the interface language. Until the
 * framework has loaded (or if it cannot), the stable keys stand in.
 */
export function useCapabilityTitles(): {
  keys: readonly CapabilityKey[];
  title: (key: string) => string;
} {
  const framework = useFramework(DEFAULT_FRAMEWORK_KEY);
  const localize = useLocalize();
  const capabilities = framework.status === 'ready' ? framework.data.capabilities : undefined;
  const title = useCallback(
    (key: string) => {
      const capability = capabilities?.find((candidate) => candidate.key === key);
      return capability ? localize(capability.title) : key;
    },
    [capabilities, localize],
  );
  return { keys: CAPABILITY_KEYS, title };
}
