import { publicBaseUrl, type Config } from '../config.js';

/**
 * A link to a page of the web app carrying a one-time token. The token sits in the fragment,
 * which browsers never send to the server, so it stays out of access logs and proxies; the page
 * reads it and posts it.
 */
export function tokenLink(
  config: Pick<Config, 'publicUrl' | 'host' | 'port'>,
  page: 'setup' | 'invite' | 'reset-password',
  token: string,
): string {
  return `${publicBaseUrl(config)}/${page}#token=${token}`;
}
