import { createHash } from 'node:crypto';
import type {
  ReceivedSubmissionItem,
  ReceivedSubmissionView,
  SubmissionPayload,
} from '../../domain/sharing/index.js';
import { signedSubmissionSchema } from '../../domain/sharing/index.js';
import type { StoredReceivedSubmission } from '../sharing/received-submission.repository.js';

/** sha256 of a DER public key in groups of four, so two people can compare it aloud. */
export function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

export function payloadOf(row: StoredReceivedSubmission): SubmissionPayload {
  return signedSubmissionSchema.parse(JSON.parse(row.document)).payload;
}

export function presentReceivedItem(
  row: StoredReceivedSubmission,
  payload: SubmissionPayload = payloadOf(row),
): ReceivedSubmissionItem {
  return {
    id: row.id,
    countryCode: row.country_code,
    countryName: payload.country.name,
    cycle: row.cycle,
    scope: payload.consent.scope,
    createdAt: payload.createdAt,
    receivedAt: row.received_at,
    receivedVia: row.received_via,
  };
}

export function presentReceivedView(row: StoredReceivedSubmission): ReceivedSubmissionView {
  const payload = payloadOf(row);
  return {
    ...presentReceivedItem(row, payload),
    keyFingerprint: keyFingerprint(row.public_key),
    payload,
  };
}
