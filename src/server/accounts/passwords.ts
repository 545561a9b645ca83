import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): the OWASP baseline. The
 * parameters are stored in each hash, so raising them later still verifies older hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password; with no stored hash (an unknown email) it still spends the same time on a
 * dummy hash, so response times do not tell which email addresses have accounts.
 */
export async function verifyPassword(storedHash: string | undefined, password: string) {
  if (storedHash) return verify(storedHash, password);
  dummyHash ??= hash('not a password anyone has');
  await verify(await dummyHash, password);
  return false;
}
