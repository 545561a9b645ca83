import { randomUUID } from 'node:crypto';
import type { IntakeToken, NewIntakeToken } from '../../domain/sharing/index.js';
import { writeTransaction, type AuditActor, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { NotFoundError, UnauthorizedError } from '../http/problems.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { intakeTokenRepository, type StoredIntakeToken } from './intake-token.repository.js';

function presentToken(row: StoredIntakeToken): IntakeToken {
  return { id: row.id, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** A token a country instance sends with its submissions; shown once, only its hash is kept. */
export async function createIntakeToken(
  store: Store,
  now: Date,
  actor: AuditActor,
  label: string,
): Promise<NewIntakeToken> {
  const token = newToken();
  const row: StoredIntakeToken = {
    id: randomUUID(),
    label,
    token_hash: hashToken(token),
    created_at: now.toISOString(),
    created_by: actor.startsWith('user:') ? actor.slice('user:'.length) : null,
    revoked_at: null,
  };
  await writeTransaction(store, now, async (trx, audit) => {
    await intakeTokenRepository(trx).insert(row);
    await audit.record({
      actor,
      action: 'intake-token.create',
      entityType: 'intake_token',
      entityId: row.id,
      after: { label: row.label },
    });
  });
  return { ...presentToken(row), token };
}

export async function listIntakeTokens(db: Db): Promise<IntakeToken[]> {
  return (await intakeTokenRepository(db).listAll()).map(presentToken);
}

export function revokeIntakeToken(
  store: Store,
  now: Date,
  actor: AuditActor,
  tokenId: string,
): Promise<IntakeToken> {
  return writeTransaction(store, now, async (trx, audit) => {
    const tokens = intakeTokenRepository(trx);
    const row = await tokens.findById(tokenId);
    if (!row) throw new NotFoundError(`There is no intake token with id "${tokenId}".`);
    if (row.revoked_at) return presentToken(row);
    const revoked = await tokens.revoke(tokenId, now.toISOString());
    await audit.record({
      actor,
      action: 'intake-token.revoke',
      entityType: 'intake_token',
      entityId: tokenId,
      before: { label: row.label },
    });
    return presentToken(revoked);
  });
}

/** The intake token an `Authorization: Bearer …` header names, if it is known and not revoked. */
export async function requireIntakeToken(
  db: Db,
  authorization: string | undefined,
): Promise<StoredIntakeToken> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const row = token
    ? await intakeTokenRepository(db).findActiveByHash(hashToken(token))
    : undefined;
  if (!row) {
    throw new UnauthorizedError(
      'Send the intake token the secretariat issued as "Authorization: Bearer <token>"; this one is missing, unknown or revoked.',
    );
  }
  return row;
}
