import { z } from 'zod';
import { agreedResultSchema, indicatorStatusSchema } from '../assessment.schemas.js';
import { baseVersionSchema, changeStampSchema, longTextSchema, personSchema } from './common.js';

/** PUT /api/assessments/:assessmentId/indicators/:indicatorKey */
export const putIndicatorRatingSchema = z.object({
  version: baseVersionSchema,
  status: indicatorStatusSchema.nullable(),
  evidenceText: longTextSchema.default(''),
});

/** POST /api/assessments/:assessmentId/indicators/:indicatorKey/links */
export const addEvidenceLinkSchema = z.object({
  url: z
    .url({ protocol: /^https?$/, message: 'enter a web address starting with https:// or http://' })
    .max(2000),
  label: z.string().trim().max(200).default(''),
});

/** Uploaded evidence: content-addressed, size- and type-checked on the server. */
export const EVIDENCE_FILE_TYPES = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
} as const;
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

export const evidenceLinkSchema = z.object({
  id: z.string(),
  url: z.string(),
  label: z.string(),
  addedBy: personSchema,
  addedAt: z.string(),
});

export const evidenceFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  addedBy: personSchema,
  addedAt: z.string(),
});

export const indicatorRatingViewSchema = z.object({
  key: z.string(),
  status: indicatorStatusSchema.nullable(),
  evidenceText: z.string(),
  links: z.array(evidenceLinkSchema),
  files: z.array(evidenceFileSchema),
  stamp: changeStampSchema.nullable(),
});

/** PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/proposal (the caller's own). */
export const putProposalSchema = z.object({
  version: baseVersionSchema,
  stage: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  comment: longTextSchema.default(''),
});

export const proposalViewSchema = z.object({
  person: personSchema,
  stage: z.number().int().min(1).max(4),
  comment: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});

/** POST /api/assessments/:assessmentId/sub-domains/:subDomainKey/posts */
export const addDiscussionPostSchema = z.object({
  body: z.string().trim().min(1, 'write something first').max(4000),
});

export const discussionPostSchema = z.object({
  id: z.string(),
  author: personSchema,
  body: z.string(),
  createdAt: z.string(),
});

/** PUT /api/assessments/:assessmentId/sub-domains/:subDomainKey/result (lead or facilitator). */
export const putSubDomainResultSchema = z.object({
  version: baseVersionSchema,
  result: agreedResultSchema,
});

export const historyEntrySchema = z.object({
  at: z.string(),
  actor: personSchema.nullable(),
  action: z.string(),
  /** What the change was about: an indicator key, `result`, `proposal`, `post`, … */
  subject: z.string(),
  summary: z.record(z.string(), z.unknown()),
});

/**
 * The answer to PUT …/sub-domains/:subDomainKey/result and …/capabilities/:capabilityKey/result,
 * and the `current` of a 409 on either: the agreed result with who set it, and the suggestion it
 * was checked against (null for a capability while one of its sub-domains is open).
 */
export const agreedResultViewSchema = z.object({
  key: z.string(),
  result: agreedResultSchema,
  stamp: changeStampSchema.nullable(),
  suggestedStage: z.number().int().min(0).max(4).nullable(),
});

const stageNumberField = z.number().int().min(1).max(4);

/** Indicators met and not met per stage (`stageCounts`): progress is not always linear. */
export const stageCountSchema = z.object({
  stage: stageNumberField,
  total: z.number().int(),
  met: z.number().int(),
  partlyMet: z.number().int(),
  notMet: z.number().int(),
  unknown: z.number().int(),
  unrated: z.number().int(),
});

/** `consistencyWarnings`: guidance on an agreed stage, worded by the UI from `type`. */
export const consistencyWarningSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('agreed-above-suggestion'),
    agreedStage: stageNumberField,
    suggestedStage: z.number().int().min(0).max(4),
  }),
  z.object({
    type: z.literal('unmet-at-or-below-agreed'),
    agreedStage: stageNumberField,
    indicators: z.array(
      z.object({
        indicator: z.string(),
        stage: stageNumberField,
        rating: z.enum(['partly-met', 'not-met', 'unknown', 'unrated']),
      }),
    ),
  }),
  z.object({
    type: z.literal('next-stage-met'),
    agreedStage: stageNumberField,
    nextStage: stageNumberField,
  }),
]);

/** GET /api/assessments/:assessmentId/sub-domains/:subDomainKey */
export const subDomainWorkspaceSchema = z.object({
  assessmentId: z.string(),
  subDomainKey: z.string(),
  capabilityKey: z.string(),
  readOnly: z.boolean(),
  canContribute: z.boolean(),
  canAgree: z.boolean(),
  ratings: z.array(indicatorRatingViewSchema),
  proposals: z.array(proposalViewSchema),
  posts: z.array(discussionPostSchema),
  result: agreedResultSchema,
  resultStamp: changeStampSchema.nullable(),
  suggestedStage: z.number().int().min(0).max(4),
  stageCounts: z.array(stageCountSchema),
  warnings: z.array(consistencyWarningSchema),
  /** Newest first. */
  history: z.array(historyEntrySchema),
});

export type PutIndicatorRating = z.infer<typeof putIndicatorRatingSchema>;
export type IndicatorRatingView = z.infer<typeof indicatorRatingViewSchema>;
export type SubDomainWorkspace = z.infer<typeof subDomainWorkspaceSchema>;
export type ProposalView = z.infer<typeof proposalViewSchema>;
export type PutProposal = z.infer<typeof putProposalSchema>;
export type AddEvidenceLink = z.infer<typeof addEvidenceLinkSchema>;
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type EvidenceFileType = keyof typeof EVIDENCE_FILE_TYPES;
export type AddDiscussionPost = z.infer<typeof addDiscussionPostSchema>;
export type DiscussionPost = z.infer<typeof discussionPostSchema>;
export type PutSubDomainResult = z.infer<typeof putSubDomainResultSchema>;
export type AgreedResultView = z.infer<typeof agreedResultViewSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
