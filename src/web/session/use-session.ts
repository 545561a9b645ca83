import { createContext, useContext } from 'react';
import type { SessionUser, SessionView } from '../../domain/accounts/index.js';
import type { RequestState } from '../api/use-request.js';

export type SessionContextValue = {
  /** Who is signed in, once known. A refresh keeps the previous answer until the new one arrives. */
  state: RequestState<SessionView>;
  /** Whose session ended unasked (a 401 while signed in), until someone signs in again. */
  endedFor: string | undefined;
  /** Reads the session again: after a change to one's memberships or roles, or a 401. */
  refresh: () => Promise<void>;
  /**
   * Shows a session that just changed (signed in or out, joined), at once. A page that moves on
   * navigates in the same step, so no page renders in between for the old or the new session.
   */
  apply: (session: SessionView) => void;
  retry: () => void;
};

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}

/** The signed-in person; null for a visitor; undefined while the session is not known yet. */
export function useSignedInUser(): SessionUser | null | undefined {
  const { state } = useSession();
  return state.status === 'ready' ? state.data.user : undefined;
}
