import { useMemo } from 'react';
import { api } from '../api/client.js';
import { useRequest } from '../api/use-request.js';

export function useFramework(frameworkKey: string) {
  const request = useMemo(
    () => ({ key: `framework:${frameworkKey}`, load: () => api.getFramework(frameworkKey) }),
    [frameworkKey],
  );
  return useRequest(request);
}

const frameworkListRequest = { key: 'frameworks', load: api.listFrameworks };

export function useFrameworkList() {
  return useRequest(frameworkListRequest);
}
