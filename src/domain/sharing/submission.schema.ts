import { z } from 'zod';
import { CAPABILITY_KEYS, type CapabilityKey } from '../framework/mnr-structure.js';
import { indicatorStatusSchema, planItemStatusSchema } from '../assessment/assessment.schemas.js';
import { calendarDateTextSchema } from '../assessment/api/common.js';
import { cycleLabelSchema, sharedResultSchema } from '../aggregation/aggregation.schemas.js';
import {
  countryCodeSchema,
  governmentSystemSchema,
  incomeGroupSchema,
  regionSchema,
} from '../organisations/reference.js';
import { subDomainKeySchema } from '../plan/plan.schemas.js';

/**
 * A government's results as shared with the Alliance secretariat: an immutable snapshot, signed
 * with the sending instance's Ed25519 key. Documented in docs/submission-format.md. A receiver
 * refuses a format or version it does not know rather than guess.
 */
export const SUBMISSION_FORMAT = 'mnr-self-assessment/submission';
export const SUBMISSION_FORMAT_VERSION = 1;

/** What the lead chose to share: agreed stages only, or also indicator statuses and a plan summary. */
export const SHARING_SCOPES = ['stages', 'stages-indicators-plan'] as const;
export const sharingScopeSchema = z.enum(SHARING_SCOPES);
export type SharingScope = z.infer<typeof sharingScopeSchema>;

/** Per sub-domain: the country can share its experience, is seeking support, or neither. */
export const EXCHANGE_INTERESTS = ['none', 'offering', 'seeking'] as const;
export const exchangeInterestSchema = z.enum(EXCHANGE_INTERESTS);
export type ExchangeInterest = z.infer<typeof exchangeInterestSchema>;

const isoTimestampSchema = z.iso.datetime({ offset: true });
const capabilityKeySchema = z.enum(CAPABILITY_KEYS as [CapabilityKey, ...CapabilityKey[]]);
const base64Schema = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** Who consented to share, when, and to what. */
export const consentSchema = z.object({
  givenBy: z.object({ name: z.string().min(1).max(200), email: z.email() }),
  givenAt: isoTimestampSchema,
  scope: sharingScopeSchema,
  /** The country agrees the secretariat may propose introductions to other countries. */
  knowledgeExchange: z.boolean(),
});

export const submissionPayloadSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(SUBMISSION_FORMAT_VERSION),
  submissionId: z.uuid(),
  createdAt: isoTimestampSchema,
  /** Classification in force when the submission was made, so aggregates by cycle stay stable. */
  country: z.object({
    code: countryCodeSchema,
    name: z.string().min(1).max(200),
    region: regionSchema.nullable(),
    subRegion: z.string().max(100).nullable(),
    incomeGroup: incomeGroupSchema.nullable(),
    governmentSystem: governmentSystemSchema,
    /** Where region and income group come from, e.g. "UN M49 (2024); World Bank FY2026". */
    classificationSource: z.string().max(300),
  }),
  cycle: cycleLabelSchema,
  assessment: z.object({
    periodStart: calendarDateTextSchema,
    periodEnd: calendarDateTextSchema,
    finalisedAt: isoTimestampSchema,
    frameworkKey: z.string(),
    frameworkVersion: z.string(),
  }),
  consent: consentSchema,
  /** Agreed results; `null` for a sub-domain or capability not assessed. */
  subDomains: z.array(
    z.object({
      key: subDomainKeySchema,
      result: sharedResultSchema.nullable(),
      exchange: exchangeInterestSchema,
      /** Only when the scope includes indicators: statuses keyed by indicator key, unrated left out. */
      indicatorStatuses: z.record(z.string(), indicatorStatusSchema).nullable(),
    }),
  ),
  capabilities: z.array(
    z.object({ key: capabilityKeySchema, result: sharedResultSchema.nullable() }),
  ),
  /** Only when the scope includes the plan: counts, never the items' text or owners. */
  planSummary: z
    .object({
      total: z.number().int().min(0),
      byStatus: z.record(planItemStatusSchema, z.number().int().min(0)),
      bySubDomain: z.array(z.object({ key: subDomainKeySchema, items: z.number().int().min(1) })),
    })
    .nullable(),
  /**
   * Who to put the other country in touch with. The secretariat team sees it; another country
   * sees it only after both have accepted an introduction.
   */
  contact: z.object({
    name: z.string().min(1).max(200),
    email: z.email(),
    organisation: z.string().min(1).max(200),
  }),
});

/** The signature is over the canonical JSON of the payload (members sorted, no spaces). */
export const signedSubmissionSchema = z.object({
  payload: submissionPayloadSchema,
  signature: z.object({
    algorithm: z.literal('Ed25519'),
    /** The sender's public key, DER SubjectPublicKeyInfo in base64. */
    publicKey: base64Schema,
    value: base64Schema,
  }),
});

/** A withdrawal, signed by the key that signed the submission, so only the sender can withdraw. */
export const withdrawalPayloadSchema = z.object({
  format: z.literal('mnr-self-assessment/withdrawal'),
  formatVersion: z.literal(1),
  submissionId: z.uuid(),
  withdrawnAt: isoTimestampSchema,
});
export const signedWithdrawalSchema = z.object({
  payload: withdrawalPayloadSchema,
  signature: signedSubmissionSchema.shape.signature,
});

export type Consent = z.infer<typeof consentSchema>;
export type SubmissionPayload = z.infer<typeof submissionPayloadSchema>;
export type SignedSubmission = z.infer<typeof signedSubmissionSchema>;
export type WithdrawalPayload = z.infer<typeof withdrawalPayloadSchema>;
export type SignedWithdrawal = z.infer<typeof signedWithdrawalSchema>;
