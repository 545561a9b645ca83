import { randomBytes } from 'node:crypto';
import { sha256Hex } from './canonical-json.js';

/** 256 random bits, URL-safe: for session, setup, invite and reset tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only a token's hash is stored, so a copy of the database (a backup, a leaked dump) holds no
 * token anyone could use. The tokens are random, so a fast hash is enough.
 */
export function hashToken(token: string): string {
  return sha256Hex(token);
}
