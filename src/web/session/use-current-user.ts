import type { SessionUser } from '../../domain/accounts/index.js';
import { useSignedInUser } from './use-session.js';

/** The signed-in person, for pages under RequireSignIn, which render only once there is one. */
export function useCurrentUser(): SessionUser {
  const user = useSignedInUser();
  if (!user) throw new Error('useCurrentUser is for pages under RequireSignIn');
  return user;
}
