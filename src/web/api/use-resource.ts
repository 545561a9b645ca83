import { useCallback, useEffect, useState } from 'react';
import { asApiError } from './api-error.js';
import type { RequestState } from './use-request.js';

export type Resource<T> = RequestState<T> & {
  /** Reads it again, after a change made here or to see others' changes. */
  reload: () => void;
  /** Shows an answer the page already has, such as the record a write returned. */
  replace: (data: T) => void;
};

/**
 * A read of something people change (organisations, members, invites): fetched whenever a page
 * shows it, unlike the framework, which never changes. `load` identifies the read (memoise it on
 * its inputs). While a reload is under way the previous answer stays on screen, so an open form
 * and the focus are not lost.
 */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [result, setResult] = useState<{ load: () => Promise<T>; state: RequestState<T> }>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ load, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (current) setResult({ load, state: { status: 'error', error: asApiError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const replace = useCallback(
    (data: T) => setResult({ load, state: { status: 'ready', data } }),
    [load],
  );
  const state: RequestState<T> = result?.load === load ? result.state : { status: 'loading' };
  return { ...state, reload, replace };
}
