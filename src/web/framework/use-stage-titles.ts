import { useCallback } from 'react';
import type { FrameworkView } from '../../domain/framework/index.js';
import { useLocalize } from '../i18n/use-localize.js';

/** The title of each stage (1–4) in the framework's words and the interface language. */
export function useStageTitles(framework: FrameworkView): (stage: number) => string {
  const localize = useLocalize();
  return useCallback(
    (stage: number) => {
      const found = framework.stages.find((candidate) => candidate.number === stage);
      return found ? localize(found.title) : String(stage);
    },
    [framework, localize],
  );
}
