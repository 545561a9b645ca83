import { useMemo } from 'react';
import { frameworkApi } from './framework.api.js';
import { useRequest } from '../api/use-request.js';

export function useFramework(frameworkKey: string, version?: string) {
  const request = useMemo(
    () => ({
      key: version ? `framework:${frameworkKey}@${version}` : `framework:${frameworkKey}`,
      load: () => frameworkApi.getFramework(frameworkKey, version),
    }),
    [frameworkKey, version],
  );
  return useRequest(request);
}

const frameworkListRequest = { key: 'frameworks', load: frameworkApi.listFrameworks };

export function useFrameworkList() {
  return useRequest(frameworkListRequest);
}
