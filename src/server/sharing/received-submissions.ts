import type { z } from 'zod';
import type { AggregationSubmission } from '../../domain/aggregation/index.js';
import {
  isMadeInTheFuture,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  signedSubmissionSchema,
  signedWithdrawalSchema,
  withdrawalPayloadSchema,
  type SignedSubmission,
  type SignedWithdrawal,
  type SubmissionPayload,
} from '../../domain/sharing/index.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/problems.js';
import { formatUtc } from '../shared/time.js';
import { receivedSubmissionRepository } from './received-submission.repository.js';
import { signatureMatches } from './signature.js';

/**
 * The one place a signed submission is read: parsed against the schema, its format and version
 * checked, its signature verified, and mapped to what aggregation and matching take. Intake,
 * upload, `mnr secretariat import`, the aggregates and knowledge-exchange matching all call it.
 */

export type RefusalReason =
  'not-json' | 'unknown-format' | 'invalid' | 'signature' | 'made-in-the-future';

/** A file or request the secretariat will not accept; `detail` says why and what to do. */
export class SubmissionRefusedError extends AppError {
  constructor(
    reason: RefusalReason,
    detail: string,
    errors: { path: string; message: string }[] = [],
  ) {
    super(422, 'submission-refused', 'This submission cannot be accepted', detail, {
      reason,
      ...(errors.length > 0 ? { errors } : {}),
    });
  }
}

/** A verified document and its JSON exactly as signed, which is what gets stored. */
export type Verified<T> = { document: T; json: string };

/**
 * Verifies a signed submission (a JSON text or an already parsed value); refuses with the reason.
 * The signature is checked over the payload as received, so a member added to it is refused too,
 * not quietly dropped by the schema.
 */
export function verifySignedSubmission(input: unknown): Verified<SignedSubmission> {
  const value = parseSignedJson(input);
  checkFormat(value, SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION, 'submission');
  const document = parseWith(signedSubmissionSchema, value, 'submission');
  checkUnique(document.payload.subDomains, 'subDomains');
  checkUnique(document.payload.capabilities, 'capabilities');
  requireSignature(value, document.signature);
  return { document, json: JSON.stringify(value) };
}

/** Verifies a signed withdrawal; whether its key matches the submission's is the caller's check. */
export function verifySignedWithdrawal(input: unknown): Verified<SignedWithdrawal> {
  const value = parseSignedJson(input);
  const { format, formatVersion } = withdrawalPayloadSchema.shape;
  checkFormat(value, format.value, formatVersion.value, 'withdrawal');
  const document = parseWith(signedWithdrawalSchema, value, 'withdrawal');
  requireSignature(value, document.signature);
  return { document, json: JSON.stringify(value) };
}

/** The results, classification and exchange interest of a submission, as aggregation takes them. */
export function toAggregationSubmission(payload: SubmissionPayload): AggregationSubmission {
  const subDomainStages: AggregationSubmission['subDomainStages'] = {};
  const seeksSupport: AggregationSubmission['seeksSupport'] = [];
  const offersExperience: AggregationSubmission['offersExperience'] = [];
  for (const subDomain of payload.subDomains) {
    if (subDomain.result !== null) subDomainStages[subDomain.key] = subDomain.result;
    if (subDomain.exchange === 'seeking') seeksSupport.push(subDomain.key);
    if (subDomain.exchange === 'offering') offersExperience.push(subDomain.key);
  }
  const capabilityStages: AggregationSubmission['capabilityStages'] = {};
  for (const capability of payload.capabilities) {
    if (capability.result !== null) capabilityStages[capability.key] = capability.result;
  }
  return {
    countryCode: payload.country.code,
    cycle: payload.cycle,
    region: payload.country.region,
    incomeGroup: payload.country.incomeGroup,
    governmentSystem: payload.country.governmentSystem,
    subDomainStages,
    capabilityStages,
    seeksSupport,
    offersExperience,
  };
}

/**
 * A held submission as aggregation and knowledge-exchange matching read it: the aggregation
 * input itself (so a list of these is an aggregation input as it is), plus what matching needs.
 * Identity fields (`submissionId`, `countryName`, `contact`) are for the secretariat team and the
 * consenting parties only; no aggregate may carry them.
 */
export type ReceivedForAggregation = AggregationSubmission & {
  submissionId: string;
  countryName: string;
  /** The sending organisation when it is hosted on this instance, else null. */
  organisationId: string | null;
  /** The country agreed the secretariat may propose introductions to other countries. */
  knowledgeExchange: boolean;
  contact: SubmissionPayload['contact'];
  receivedAt: string;
};

/** Every submission the secretariat currently holds (one per country and cycle), by country code and cycle. */
export async function receivedSubmissionsForAggregation(db: Db): Promise<ReceivedForAggregation[]> {
  const rows = await receivedSubmissionRepository(db).listAll();
  return rows.map((row) => {
    // Verified on receipt; parsed again so a hand-edited row fails loudly rather than skews counts.
    const { payload } = signedSubmissionSchema.parse(JSON.parse(row.document));
    return {
      ...toAggregationSubmission(payload),
      submissionId: payload.submissionId,
      countryName: payload.country.name,
      organisationId: row.organisation_id,
      knowledgeExchange: payload.consent.knowledgeExchange,
      contact: payload.contact,
      receivedAt: row.received_at,
    };
  });
}

/** A JSON text parsed, or a value already parsed; refuses text that is not JSON. */
export function parseSignedJson(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    throw new SubmissionRefusedError(
      'not-json',
      'This file is not JSON: choose the submission file (.json) exactly as it was downloaded.',
    );
  }
}

/**
 * What a file handed to the secretariat is, by the format it names (whatever its version or
 * validity). A file naming neither is refused with both formats named, since either is taken.
 */
export function fileKind(value: unknown): 'submission' | 'withdrawal' {
  const format = (value as { payload?: { format?: unknown } } | null)?.payload?.format;
  const withdrawalFormat = withdrawalPayloadSchema.shape.format.value;
  if (format === SUBMISSION_FORMAT) return 'submission';
  if (format === withdrawalFormat) return 'withdrawal';
  throw new SubmissionRefusedError(
    'unknown-format',
    `This is neither a signed submission nor a signed withdrawal of the MNR Self-Assessment: payload.format must be "${SUBMISSION_FORMAT}" (a submission) or "${withdrawalFormat}" (the withdrawal of one).`,
  );
}

/**
 * Refuses a submission made later than the allowance for clock drift after now: the newest
 * submission is held, so one dated years ahead would block every genuine one after it.
 */
export function refuseIfMadeInTheFuture(payload: SubmissionPayload, now: Date): void {
  if (!isMadeInTheFuture(payload.createdAt, now)) return;
  throw new SubmissionRefusedError(
    'made-in-the-future',
    `This file claims to be made on ${formatUtc(new Date(payload.createdAt).toISOString())}, but it is only ${formatUtc(now.toISOString())} here: a submission cannot be made in the future. It is not taken. Ask the sender to check their instance's clock and make a new submission.`,
  );
}

function checkFormat(value: unknown, format: string, version: number, what: string): void {
  const payload = (value as { payload?: { format?: unknown; formatVersion?: unknown } } | null)
    ?.payload;
  if (payload?.format !== format) {
    throw new SubmissionRefusedError(
      'unknown-format',
      `This is not a signed ${what} of the MNR Self-Assessment: payload.format must be "${format}".`,
    );
  }
  if (payload.formatVersion !== version) {
    throw new SubmissionRefusedError(
      'unknown-format',
      `This ${what} is in format version ${JSON.stringify(payload.formatVersion)}, which this instance does not know (it reads version ${version}). Update the application, or ask the sender for a version ${version} file.`,
    );
  }
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(the file)',
    message: issue.message,
  }));
  throw new SubmissionRefusedError(
    'invalid',
    `This ${what} does not follow the format: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}.`,
    errors,
  );
}

function checkUnique(entries: readonly { key: string }[], member: string): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.key)) {
      const path = `payload.${member}.${index}.key`;
      const message = `"${entry.key}" appears more than once`;
      throw new SubmissionRefusedError(
        'invalid',
        `This submission does not follow the format: ${path}: ${message}.`,
        [{ path, message }],
      );
    }
    seen.add(entry.key);
  });
}

function requireSignature(value: unknown, signature: SignedSubmission['signature']): void {
  if (!signatureMatches((value as { payload: unknown }).payload, signature)) {
    throw new SubmissionRefusedError(
      'signature',
      'The signature does not match: the file was altered after signing. Ask the sender for the file exactly as their instance produced it.',
    );
  }
}
