/**
 * The one-time token of a setup, invite or reset link (`/invite#token=…`). It sits in the
 * fragment, which browsers never send to the server; the page reads it and posts it.
 */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : undefined;
}
