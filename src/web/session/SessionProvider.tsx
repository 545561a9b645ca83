import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionView } from '../../domain/accounts/index.js';
import { asApiError } from '../api/api-error.js';
import { readSession, rememberCsrfToken, setUnauthorizedHandler } from '../api/client.js';
import type { RequestState } from '../api/use-request.js';
import { SessionContext } from './use-session.js';

/**
 * Reads the session once for the whole app and again whenever it may have changed. A 401 from
 * any request means the session ended elsewhere (signed out everywhere, password reset, expiry);
 * reading it again shows the sign-in page wherever the person is, which says so.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<RequestState<SessionView>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [endedFor, setEndedFor] = useState<string>();

  // A failed refresh keeps the session on screen: pages stay as they are, and the next request
  // that needs a session says what went wrong.
  const refresh = useCallback(async () => {
    try {
      const data = await readSession();
      setState({ status: 'ready', data });
    } catch (error) {
      setState((previous) =>
        previous.status === 'ready' ? previous : { status: 'error', error: asApiError(error) },
      );
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [attempt, refresh]);

  const userId = state.status === 'ready' ? state.data.user?.id : undefined;
  useEffect(() => {
    const ended = (id: string) => () => {
      setEndedFor(id);
      void refresh();
    };
    setUnauthorizedHandler(userId ? ended(userId) : undefined);
    return () => setUnauthorizedHandler(undefined);
  }, [userId, refresh]);

  const apply = useCallback((data: SessionView) => {
    rememberCsrfToken(data.csrfToken);
    setEndedFor(undefined);
    setState({ status: 'ready', data });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }, []);

  const value = useMemo(
    () => ({ state, endedFor, refresh, apply, retry }),
    [state, endedFor, refresh, apply, retry],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
