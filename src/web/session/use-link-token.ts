import { useState } from 'react';
import { useLocation } from 'react-router';
import { tokenFromHash } from './link-token.js';

/** The token of the link that opened this page, read once, so later fragment changes keep it. */
export function useLinkToken(): string | undefined {
  const { hash } = useLocation();
  const [token] = useState(() => tokenFromHash(hash));
  return token;
}
