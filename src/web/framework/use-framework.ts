import { useMemo } from 'react';
import { frameworkApi } from './framework.api.js';
import { useRequest } from '../api/use-request.js';

export function useFramework(frameworkKey: string) {
  const request = useMemo(
    () => ({
      key: `framework:${frameworkKey}`,
      load: () => frameworkApi.getFramework(frameworkKey),
    }),
    [frameworkKey],
  );
  return useRequest(request);
}

const frameworkListRequest = { key: 'frameworks', load: frameworkApi.listFrameworks };

export function useFrameworkList() {
  return useRequest(frameworkListRequest);
}
