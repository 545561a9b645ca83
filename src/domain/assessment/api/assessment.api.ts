import { z } from 'zod';
import { capabilityScopeSchema, organisationRoleSchema } from '../../access/roles.js';
import { agreedResultSchema, subDomainStatusSchema } from '../assessment.schemas.js';
import { baseVersionSchema, calendarDateTextSchema, changeStampSchema } from './common.js';

export const ASSESSMENT_STATES = ['draft', 'finalised'] as const;
export const assessmentStateSchema = z.enum(ASSESSMENT_STATES);
export type AssessmentState = z.infer<typeof assessmentStateSchema>;

const assessmentDetailsShape = {
  title: z.string().trim().min(1, 'enter a title').max(200),
  periodStart: calendarDateTextSchema,
  periodEnd: calendarDateTextSchema,
  leadBody: z.string().trim().min(1, 'name the lead government body').max(200),
};

function periodInOrder(
  value: { periodStart: string; periodEnd: string },
  context: z.RefinementCtx,
) {
  if (value.periodEnd < value.periodStart) {
    context.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: 'the period must end on or after its start',
    });
  }
}

/** POST /api/organisations/:organisationId/assessments. `copyFromId` starts a new cycle from a finalised one. */
export const createAssessmentSchema = z
  .object({
    ...assessmentDetailsShape,
    frameworkKey: z.string().min(1).default('mnr'),
    copyFromId: z.string().min(1).optional(),
  })
  .superRefine(periodInOrder);

/** PATCH /api/assessments/:assessmentId */
export const updateAssessmentSchema = z
  .object({ version: z.number().int().min(1), ...assessmentDetailsShape })
  .superRefine(periodInOrder);

/** POST /api/assessments/:assessmentId/finalise */
export const finaliseAssessmentSchema = z.object({ version: z.number().int().min(1) });

export const assessmentPermissionsSchema = z.object({
  update: z.boolean(),
  finalise: z.boolean(),
  agree: z.boolean(),
  /** Capabilities this person may rate, propose and comment in (all six for leads and facilitators). */
  contributeCapabilities: z.array(z.string()),
  copy: z.boolean(),
});

export const assessmentSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  leadBody: z.string(),
  frameworkKey: z.string(),
  frameworkVersion: z.string(),
  state: assessmentStateSchema,
  finalisedAt: z.string().nullable(),
  copiedFromId: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  progressPercent: z.number().int().min(0).max(100),
});

export const subDomainOverviewSchema = z.object({
  key: z.string(),
  number: z.number().int(),
  capabilityKey: z.string(),
  status: subDomainStatusSchema,
  result: agreedResultSchema,
  suggestedStage: z.number().int().min(0).max(4),
  indicatorsRated: z.number().int(),
  indicatorsTotal: z.number().int(),
  proposals: z.number().int(),
});

export const capabilityOverviewSchema = z.object({
  key: z.string(),
  result: agreedResultSchema,
  /** From the sub-domains by the framework's roll-up rule; null while any applicable one is not agreed. */
  suggestedStage: z.number().int().min(1).max(4).nullable(),
  spread: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  stamp: changeStampSchema.nullable(),
});

export const participantSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema,
});

/** What the group noted about one enabler; also the answer to PUT …/enablers/:enablerKey. */
export const enablerNoteViewSchema = z.object({
  key: z.string(),
  note: z.string(),
  stamp: changeStampSchema.nullable(),
});

/** GET /api/assessments/:assessmentId */
export const assessmentOverviewSchema = z.object({
  assessment: assessmentSummarySchema,
  organisationName: z.string(),
  /** Whether its organisation shares results with the Alliance: a national one, not a jurisdiction. */
  sharesWithAlliance: z.boolean(),
  permissions: assessmentPermissionsSchema,
  subDomains: z.array(subDomainOverviewSchema),
  capabilities: z.array(capabilityOverviewSchema),
  progress: z.object({
    done: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
  }),
  guide: z.object({
    steps: z.array(
      z.object({
        step: z.enum(['prepare', 'convene', 'assess', 'agree', 'plan', 'share']),
        state: z.enum(['not-started', 'in-progress', 'done']),
        done: z.number().int(),
        total: z.number().int(),
        percent: z.number().int(),
      }),
    ),
    currentStep: z.string().nullable(),
  }),
  participants: z.array(participantSchema),
  enablers: z.array(enablerNoteViewSchema),
});

/** PUT /api/assessments/:assessmentId/enablers/:enablerKey: what the group noted about an enabler. */
export const putEnablerNoteSchema = z.object({
  version: baseVersionSchema,
  note: z.string().trim().max(4000),
});

/** One message on GET /api/assessments/:assessmentId/events (server-sent events, `event: change`). */
export const assessmentChangeEventSchema = z.object({
  kind: z.enum([
    'assessment',
    'rating',
    'evidence',
    'proposal',
    'post',
    'result',
    'capability',
    'enabler',
    'plan',
  ]),
  subDomainKey: z.string().nullable(),
  key: z.string().nullable(),
  actorId: z.string(),
  at: z.string(),
});

/** PUT /api/assessments/:assessmentId/capabilities/:capabilityKey/result */
export const putCapabilityResultSchema = z.object({
  version: baseVersionSchema,
  result: agreedResultSchema,
});

export type PutEnablerNote = z.infer<typeof putEnablerNoteSchema>;
export type EnablerNoteView = z.infer<typeof enablerNoteViewSchema>;
export type AssessmentChangeEvent = z.infer<typeof assessmentChangeEventSchema>;
export type PutCapabilityResult = z.infer<typeof putCapabilityResultSchema>;
export type CreateAssessment = z.infer<typeof createAssessmentSchema>;
export type UpdateAssessment = z.infer<typeof updateAssessmentSchema>;
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;
export type AssessmentOverview = z.infer<typeof assessmentOverviewSchema>;
export type AssessmentPermissions = z.infer<typeof assessmentPermissionsSchema>;
