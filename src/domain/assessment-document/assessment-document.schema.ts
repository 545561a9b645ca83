import { z } from 'zod';
import { CAPABILITY_KEYS, type CapabilityKey } from '../framework/mnr-structure.js';
import { organisationRoleSchema } from '../access/roles.js';
import { agreedResultSchema, indicatorStatusSchema } from '../assessment/assessment.schemas.js';
import { assessmentStateSchema } from '../assessment/api/assessment.api.js';
import { calendarDateTextSchema } from '../assessment/api/common.js';
import {
  indicatorKeySchema,
  planItemFieldsSchema,
  subDomainKeySchema,
} from '../plan/plan.schemas.js';

/**
 * The whole assessment as one file: what `mnr export --format json` writes and `mnr import`
 * reads. Documented in docs/assessment-document.md. A reader refuses a `formatVersion` it does
 * not know rather than guess.
 *
 * The group's record (indicator statuses and evidence, agreed stages, enabler notes, the plan and
 * dismissed suggestions) is what an import restores, so export → import → export gives the same
 * record. Who took part, proposals and discussion are a record of individuals' contributions tied
 * to their accounts: they are exported for the report and left out of an import.
 */
export const ASSESSMENT_DOCUMENT_FORMAT = 'mnr-self-assessment/assessment';
export const ASSESSMENT_DOCUMENT_VERSION = 1;

const isoTimestampSchema = z.iso.datetime({ offset: true });
const capabilityKeySchema = z.enum(CAPABILITY_KEYS as [CapabilityKey, ...CapabilityKey[]]);

export const evidenceLinkEntrySchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  label: z.string().trim().max(200),
});

/** A file is listed by content; its bytes stay on the instance, which stores files by sha256. */
export const evidenceFileEntrySchema = z.object({
  name: z.string().min(1).max(255),
  mediaType: z.string().min(1).max(100),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256 digest'),
});

export const indicatorEntrySchema = z.object({
  key: indicatorKeySchema,
  subDomainKey: subDomainKeySchema,
  /** null: not yet rated. */
  status: indicatorStatusSchema.nullable(),
  evidence: z.string().max(4000),
  links: z.array(evidenceLinkEntrySchema).max(100),
  files: z.array(evidenceFileEntrySchema).max(100),
});

/** The group's record: what an import restores. */
export const assessmentRecordSchema = z.object({
  assessment: z.object({
    title: z.string().trim().min(1).max(200),
    periodStart: calendarDateTextSchema,
    periodEnd: calendarDateTextSchema,
    leadBody: z.string().trim().min(1).max(200),
  }),
  /** Every indicator of the pinned framework, in framework order, rated or not. */
  indicators: z.array(indicatorEntrySchema),
  subDomains: z.array(z.object({ key: subDomainKeySchema, result: agreedResultSchema })),
  capabilities: z.array(z.object({ key: capabilityKeySchema, result: agreedResultSchema })),
  enablers: z.array(z.object({ key: z.string().min(1).max(60), note: z.string().max(4000) })),
  plan: z.array(planItemFieldsSchema),
  dismissedSuggestions: z.array(indicatorKeySchema),
});

/** Contributions of individuals, for the report; not imported. */
export const contributionsSchema = z.object({
  participants: z.array(
    z.object({
      displayName: z.string(),
      role: organisationRoleSchema,
      capabilityScope: z.array(z.string()).nullable(),
    }),
  ),
  proposals: z.array(
    z.object({
      subDomainKey: subDomainKeySchema,
      by: z.string(),
      stage: z.number().int().min(1).max(4),
      comment: z.string(),
    }),
  ),
  discussion: z.array(
    z.object({
      subDomainKey: subDomainKeySchema,
      by: z.string(),
      at: isoTimestampSchema,
      body: z.string(),
    }),
  ),
});

export const assessmentDocumentSchema = z.object({
  format: z.literal(ASSESSMENT_DOCUMENT_FORMAT),
  formatVersion: z.literal(ASSESSMENT_DOCUMENT_VERSION),
  exportedAt: isoTimestampSchema,
  source: z.object({
    assessmentId: z.string(),
    organisationName: z.string(),
    countryCode: z.string(),
    state: assessmentStateSchema,
    finalisedAt: isoTimestampSchema.nullable(),
  }),
  framework: z.object({
    key: z.string(),
    version: z.string(),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  record: assessmentRecordSchema,
  contributions: contributionsSchema,
  /**
   * sha256 of the canonical JSON of the document without this member. A file edited by hand
   * after export no longer matches and is refused as altered; offline editing is what the XLSX
   * workbook is for.
   */
  integrity: z.object({
    algorithm: z.literal('sha256'),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type EvidenceLinkEntry = z.infer<typeof evidenceLinkEntrySchema>;
export type EvidenceFileEntry = z.infer<typeof evidenceFileEntrySchema>;
export type IndicatorEntry = z.infer<typeof indicatorEntrySchema>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type Contributions = z.infer<typeof contributionsSchema>;
export type AssessmentDocument = z.infer<typeof assessmentDocumentSchema>;
