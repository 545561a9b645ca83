import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';

/** An Ed25519 signature as a signed document carries it: the key that verifies it, and the value. */
export type Ed25519Signature = { algorithm: 'Ed25519'; publicKey: string; value: string };

/** A DER key in base64, as stored in `instance_keys` and carried in signed documents. */
export function publicKeyFromBase64(der: string): KeyObject {
  return createPublicKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'spki' });
}

export function privateKeyFromBase64(der: string): KeyObject {
  return createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
}

/** Signs the canonical JSON of `payload`, so formatting and member order never matter. */
export function signPayload(
  payload: unknown,
  key: { publicKey: string; privateKey: KeyObject },
): Ed25519Signature {
  const value = sign(null, Buffer.from(canonicalJson(payload), 'utf8'), key.privateKey);
  return { algorithm: 'Ed25519', publicKey: key.publicKey, value: value.toString('base64') };
}

/** True when `signature` is a valid Ed25519 signature of `payload` by the key it names. */
export function signatureMatches(payload: unknown, signature: Ed25519Signature): boolean {
  let publicKey: KeyObject;
  try {
    publicKey = publicKeyFromBase64(signature.publicKey);
  } catch {
    return false;
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') return false;
  return verify(
    null,
    Buffer.from(canonicalJson(payload), 'utf8'),
    publicKey,
    Buffer.from(signature.value, 'base64'),
  );
}
