import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeTransaction, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { INSTANCE_KEY_ID, instanceKeyRepository } from './instance-key.repository.js';
import { privateKeyFromBase64 } from './signature.js';

export type InstanceKey = { publicKey: string; privateKey: KeyObject; createdAt: string };

/**
 * Makes the instance's Ed25519 signing key on first start. Several app instances may start at
 * once on one PostgreSQL database: each tries to insert, the first wins, and all then sign with
 * the stored key.
 */
export async function ensureInstanceKey(
  store: Store,
  now: Date,
  actor: 'system:startup' | 'system:cli' = 'system:startup',
): Promise<void> {
  if (await instanceKeyRepository(store.db).find()) return;
  const pair = generateKeyPairSync('ed25519');
  const row = {
    id: INSTANCE_KEY_ID,
    algorithm: 'Ed25519' as const,
    public_key: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    private_key: pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    created_at: now.toISOString(),
  };
  await writeTransaction(store, now, async (trx, audit) => {
    if (!(await instanceKeyRepository(trx).insertIfAbsent(row))) return;
    await audit.record({
      actor,
      action: 'instance-key.create',
      entityType: 'instance_key',
      entityId: INSTANCE_KEY_ID,
      after: { algorithm: row.algorithm, publicKey: row.public_key },
    });
  });
}

/** The key this instance signs with; the app makes it at start-up, so it is always there. */
export async function instanceKey(db: Db): Promise<InstanceKey> {
  const row = await instanceKeyRepository(db).find();
  if (!row) throw new Error('The instance has no signing key: start the app once to make it.');
  return {
    publicKey: row.public_key,
    privateKey: privateKeyFromBase64(row.private_key),
    createdAt: row.created_at,
  };
}
