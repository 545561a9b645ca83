import { z } from 'zod';
import {
  actionPlanViewSchema,
  createPlanItemSchema,
  deletePlanItemSchema,
  planItemViewSchema,
  planSuggestionViewSchema,
  putSuggestionDecisionSchema,
  updatePlanItemSchema,
} from '../../domain/plan/plan.schemas.js';
import type { AppInstance } from '../app.js';
import { assessmentParams, keyParam } from '../assessments/assessment.routes.js';
import { writeContext } from '../assessments/route-context.js';
import {
  createPlanItem,
  deletePlanItem,
  putSuggestionDecision,
  updatePlanItem,
} from './plan.commands.js';
import { getActionPlan } from './plan.queries.js';

const planItemParams = assessmentParams.extend({ planItemId: z.string().min(1).max(36) });
/** Leads and facilitators keep the plan, also after the assessment is finalised. */
const PLAN_WRITE = { assessment: 'assessment.agree' } as const;

export function planRoutes(app: AppInstance): void {
  app.get(
    '/api/assessments/:assessmentId/plan',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['plan'],
        summary: 'The action plan: its items, and actions suggested from the agreed stages',
        params: assessmentParams,
        response: { 200: actionPlanViewSchema },
      },
    },
    (request) => getActionPlan(app.db, request.auth?.actor ?? null, request.params.assessmentId),
  );

  app.post(
    '/api/assessments/:assessmentId/plan-items',
    {
      config: { access: PLAN_WRITE },
      schema: {
        tags: ['plan'],
        summary: 'Add a plan item; `fromSuggestion` names the suggestion it was accepted from',
        params: assessmentParams,
        body: createPlanItemSchema,
        response: { 201: planItemViewSchema },
      },
    },
    async (request, reply) => {
      const item = await createPlanItem(
        writeContext(app, request),
        request.params.assessmentId,
        request.body,
      );
      return reply.status(201).send(item);
    },
  );

  app.put(
    '/api/assessments/:assessmentId/plan-items/:planItemId',
    {
      config: { access: PLAN_WRITE },
      schema: {
        tags: ['plan'],
        summary: 'Change a plan item (409 with the current item when stale)',
        params: planItemParams,
        body: updatePlanItemSchema,
        response: { 200: planItemViewSchema },
      },
    },
    (request) => updatePlanItem(writeContext(app, request), request.params, request.body),
  );

  app.delete(
    '/api/assessments/:assessmentId/plan-items/:planItemId',
    {
      config: { access: PLAN_WRITE },
      schema: {
        tags: ['plan'],
        summary: 'Remove a plan item (409 with the current item when stale)',
        params: planItemParams,
        body: deletePlanItemSchema,
      },
    },
    async (request, reply) => {
      await deletePlanItem(writeContext(app, request), request.params, request.body.version);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/assessments/:assessmentId/plan-suggestions/:indicatorKey',
    {
      config: { access: PLAN_WRITE },
      schema: {
        tags: ['plan'],
        summary: 'Dismiss a suggested action, or offer it again',
        params: assessmentParams.extend({ indicatorKey: keyParam }),
        body: putSuggestionDecisionSchema,
        response: { 200: planSuggestionViewSchema },
      },
    },
    (request) => putSuggestionDecision(writeContext(app, request), request.params, request.body),
  );
}
