import { z } from 'zod';
import { SUB_DOMAIN_KEYS, type SubDomainKey } from '../framework/mnr-structure.js';
import { personSchema } from '../assessment/api/common.js';
import { cycleLabelSchema } from '../aggregation/aggregation.schemas.js';
import {
  exchangeInterestSchema,
  sharingScopeSchema,
  submissionPayloadSchema,
} from './submission.schema.js';

const subDomainKeySchema = z.enum(SUB_DOMAIN_KEYS as [SubDomainKey, ...SubDomainKey[]]);

const contactSchema = z.object({
  name: z.string().trim().min(1, 'give the name of the person to contact').max(200),
  email: z.email('give an email address such as name@ministry.gov'),
  organisation: z.string().trim().min(1, 'give the body the contact works for').max(200),
});

/**
 * What the lead chooses when sharing a finalised assessment. Consent is recorded as the
 * signed-in lead at the moment of the request, so the body only confirms the statement.
 */
export const createSubmissionSchema = z.object({
  scope: sharingScopeSchema,
  cycle: cycleLabelSchema,
  knowledgeExchange: z.boolean(),
  /** Per sub-domain; a sub-domain left out is `none`. */
  exchange: z.partialRecord(subDomainKeySchema, exchangeInterestSchema).default({}),
  contact: contactSchema,
  confirmed: z.literal(true, 'confirm the consent statement to share'),
});
export type CreateSubmission = z.input<typeof createSubmissionSchema>;

/**
 * `replaced`: sent, then replaced at the secretariat by a newer one for the same cycle;
 * `removed`: sent to this instance's secretariat team, who have since removed it.
 */
export const SUBMISSION_STATES = ['made', 'sent', 'replaced', 'removed', 'withdrawn'] as const;
export const submissionStateSchema = z.enum(SUBMISSION_STATES);
export type SubmissionState = z.infer<typeof submissionStateSchema>;

/** A submission as the sharing organisation sees it. */
export const submissionSummarySchema = z.object({
  id: z.string(),
  cycle: z.string(),
  scope: sharingScopeSchema,
  knowledgeExchange: z.boolean(),
  state: submissionStateSchema,
  createdAt: z.string(),
  createdBy: personSchema,
  sentAt: z.string().nullable(),
  /** Where it was sent: another instance's address, or null when filed with this instance. */
  sentTo: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: personSchema.nullable(),
  /** The newer submission that replaced it at the secretariat, when `state` is `replaced`. */
  replacedBy: z.object({ id: z.string(), createdAt: z.string() }).nullable(),
  version: z.number().int(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

/** Where "Send" delivers: this instance's secretariat team, or another instance. */
export const sharingDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('this-instance') }),
  z.object({ kind: z.literal('remote'), url: z.string() }),
]);
export type SharingDestination = z.infer<typeof sharingDestinationSchema>;

/** Everything the sharing page of an assessment needs. */
export const assessmentSharingSchema = z.object({
  /** Null when the assessment can be shared; otherwise why not. */
  notShareableReason: z.string().nullable(),
  canManage: z.boolean(),
  destination: sharingDestinationSchema,
  defaults: z.object({ cycle: z.string(), contact: contactSchema }),
  submissions: z.array(submissionSummarySchema),
});
export type AssessmentSharing = z.infer<typeof assessmentSharingSchema>;

export const RECEIVED_VIA = ['upload', 'api', 'cli', 'local'] as const;

/** A held submission in the secretariat's list: who and which cycle, never how mature. */
export const receivedSubmissionItemSchema = z.object({
  id: z.string(),
  countryCode: z.string(),
  countryName: z.string(),
  cycle: z.string(),
  scope: sharingScopeSchema,
  createdAt: z.string(),
  receivedAt: z.string(),
  receivedVia: z.enum(RECEIVED_VIA),
});
export type ReceivedSubmissionItem = z.infer<typeof receivedSubmissionItemSchema>;

/** One held submission in full, for the secretariat team's viewer. */
export const receivedSubmissionViewSchema = receivedSubmissionItemSchema.extend({
  /** sha256 of the signing key, grouped for reading aloud when checking it with the sender. */
  keyFingerprint: z.string(),
  payload: submissionPayloadSchema,
});
export type ReceivedSubmissionView = z.infer<typeof receivedSubmissionViewSchema>;

/**
 * What receiving did: stored as new, replaced an older submission for the same country and cycle,
 * or nothing (the same submission was already held, e.g. sent twice).
 */
export const receiptSchema = z.object({
  outcome: z.enum(['stored', 'replaced', 'unchanged']),
  submission: receivedSubmissionItemSchema,
});
export type Receipt = z.infer<typeof receiptSchema>;

/** What a withdrawal did at the secretariat. */
export const withdrawalReceiptSchema = z.object({
  submissionId: z.string(),
  /**
   * False when no such submission was held (not received yet, or already replaced); the
   * withdrawal is kept all the same, so the submission is refused if it arrives later from the
   * same sender (signed with the same key).
   */
  removed: z.boolean(),
  /** The held submission it deleted. */
  submission: receivedSubmissionItemSchema.nullable(),
});
export type WithdrawalReceipt = z.infer<typeof withdrawalReceiptSchema>;

/** What uploading or importing a file did: it held a submission, or it was a withdrawal. */
export const fileReceiptSchema = z.discriminatedUnion('kind', [
  receiptSchema.extend({ kind: z.literal('submission') }),
  withdrawalReceiptSchema.extend({ kind: z.literal('withdrawal') }),
]);
export type FileReceipt = z.infer<typeof fileReceiptSchema>;

export const createIntakeTokenSchema = z.object({
  label: z.string().trim().min(1, 'name who the token is for, e.g. the country').max(200),
});

export const intakeTokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type IntakeToken = z.infer<typeof intakeTokenSchema>;

/** A new token: shown once, only its hash is kept. */
export const newIntakeTokenSchema = intakeTokenSchema.extend({ token: z.string() });
export type NewIntakeToken = z.infer<typeof newIntakeTokenSchema>;

export const instancePublicKeySchema = z.object({
  algorithm: z.literal('Ed25519'),
  /** DER SubjectPublicKeyInfo, base64, as submissions carry it. */
  publicKey: z.string(),
  keyFingerprint: z.string(),
  createdAt: z.string(),
});
export type InstancePublicKey = z.infer<typeof instancePublicKeySchema>;
