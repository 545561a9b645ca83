import { useCallback, useEffect, useState } from 'react';
import { asApiError, type ApiError } from './api-error.js';

export type RequestState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

/**
 * A named read the page can share: `key` identifies the answer (so moving between pages of the
 * same framework does not fetch it again), `load` fetches it.
 */
export type Request<T> = { key: string; load: () => Promise<T> };

/** Reads in flight or answered this session. A failure is forgotten, so asking again refetches. */
const inFlight = new Map<string, Promise<unknown>>();
/** Answers already here, so a page that needs one renders at once instead of flashing "loading". */
const answered = new Map<string, unknown>();

function fetchOnce<T>(request: Request<T>): Promise<T> {
  const known = inFlight.get(request.key) as Promise<T> | undefined;
  if (known) return known;
  const answer = request.load();
  inFlight.set(request.key, answer);
  answer.then(
    (data) => answered.set(request.key, data),
    () => {
      if (inFlight.get(request.key) === answer) inFlight.delete(request.key);
    },
  );
  return answer;
}

/** Runs a read and reports its progress; `retry` asks again after a failure. */
export function useRequest<T>(request: Request<T>): RequestState<T> & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  // Each result is tagged with what it answers, so a new key shows "loading", not stale data.
  const [result, setResult] = useState<{ tag: string; state: RequestState<T> }>();
  const tag = `${request.key}#${attempt}`;
  const known = answered.has(request.key);

  useEffect(() => {
    if (known) return;
    let current = true;
    fetchOnce(request).then(
      (data) => current && setResult({ tag, state: { status: 'ready', data } }),
      (error: unknown) => {
        if (current) setResult({ tag, state: { status: 'error', error: asApiError(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [request, tag, known]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  if (known) return { status: 'ready', data: answered.get(request.key) as T, retry };
  const state: RequestState<T> = result?.tag === tag ? result.state : { status: 'loading' };
  return { ...state, retry };
}
