import { z } from 'zod';
import {
  assessmentOverviewSchema,
  assessmentSummarySchema,
  createAssessmentSchema,
  finaliseAssessmentSchema,
  updateAssessmentSchema,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { organisationParams } from '../organisations/organisation.routes.js';
import { getAssessmentOverview } from './assessment-overview.queries.js';
import { createAssessment, finaliseAssessment, updateAssessment } from './assessment.commands.js';
import { listAssessments } from './assessment.queries.js';
import { writeContext } from './route-context.js';

export const assessmentParams = z.object({ assessmentId: z.string().min(1).max(36) });
/** A sub-domain, indicator, capability or enabler key, checked against the pinned framework. */
export const keyParam = z.string().min(1).max(100);

export function assessmentRoutes(app: AppInstance): void {
  app.get(
    '/api/organisations/:organisationId/assessments',
    {
      config: { access: { organisation: 'assessment.read' } },
      schema: {
        tags: ['assessments'],
        summary: 'The organisation’s assessments, newest cycle first',
        params: organisationParams,
        response: { 200: z.array(assessmentSummarySchema) },
      },
    },
    (request) =>
      listAssessments(app.db, request.auth?.actor ?? null, request.params.organisationId),
  );

  app.post(
    '/api/organisations/:organisationId/assessments',
    {
      config: { access: { organisation: 'assessment.manage' } },
      schema: {
        tags: ['assessments'],
        summary: 'Start an assessment (leads); `copyFromId` pre-fills it from a finalised cycle',
        params: organisationParams,
        body: createAssessmentSchema,
        response: { 201: assessmentSummarySchema },
      },
    },
    async (request, reply) => {
      const summary = await createAssessment(
        writeContext(app, request),
        request.params.organisationId,
        request.body,
      );
      return reply.status(201).send(summary);
    },
  );

  app.get(
    '/api/assessments/:assessmentId',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['assessments'],
        summary: 'The assessment at a glance: sub-domains, capabilities, progress, guide',
        params: assessmentParams,
        response: { 200: assessmentOverviewSchema },
      },
    },
    (request) =>
      getAssessmentOverview(
        app.db,
        request.auth?.actor ?? null,
        request.params.assessmentId,
        app.config.now(),
      ),
  );

  app.patch(
    '/api/assessments/:assessmentId',
    {
      config: { access: { assessment: 'assessment.manage' } },
      schema: {
        tags: ['assessments'],
        summary: 'Change title, period or lead body (409 with `current` when stale)',
        params: assessmentParams,
        body: updateAssessmentSchema,
        response: { 200: assessmentSummarySchema },
      },
    },
    (request) =>
      updateAssessment(writeContext(app, request), request.params.assessmentId, request.body),
  );

  app.post(
    '/api/assessments/:assessmentId/finalise',
    {
      config: { access: { assessment: 'assessment.manage' } },
      schema: {
        tags: ['assessments'],
        summary: 'Sign off (leads): the assessment becomes read-only',
        params: assessmentParams,
        body: finaliseAssessmentSchema,
        response: { 200: assessmentSummarySchema },
      },
    },
    (request) =>
      finaliseAssessment(writeContext(app, request), request.params.assessmentId, request.body),
  );
}
