/**
 * Where to go after signing in. The address travels in the router's history state, never in the
 * URL, so a token in an invite link's fragment is not written into the sign-in page's address.
 * Only a path on this site is followed, so a crafted state cannot send someone elsewhere.
 */
export type ReturnState = { from: string };

export function returnState(location: { pathname: string; search: string; hash: string }) {
  return { from: `${location.pathname}${location.search}${location.hash}` } satisfies ReturnState;
}

export function returnPath(state: unknown, fallback: string): string {
  const from = (state as Partial<ReturnState> | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return fallback;
  if (from.startsWith('/sign-in')) return fallback;
  return from;
}
