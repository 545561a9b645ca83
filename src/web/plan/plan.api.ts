import type { z } from 'zod';
import {
  actionPlanViewSchema,
  planItemViewSchema,
  planSuggestionViewSchema,
  type createPlanItemSchema,
  type PutSuggestionDecision,
  type updatePlanItemSchema,
} from '../../domain/plan/plan.schemas.js';
import { getJson, send, sendJson } from '../api/client.js';
import { assessmentApiPath } from '../assessments/paths.js';

const itemPath = (assessmentId: string, planItemId: string) =>
  `${assessmentApiPath(assessmentId)}/plan-items/${encodeURIComponent(planItemId)}`;

/** The action plan of an assessment: its items and the suggested actions. */
export const planApi = {
  get: (assessmentId: string) =>
    getJson(`${assessmentApiPath(assessmentId)}/plan`, actionPlanViewSchema),
  create: (assessmentId: string, body: z.output<typeof createPlanItemSchema>) =>
    sendJson('POST', `${assessmentApiPath(assessmentId)}/plan-items`, body, planItemViewSchema),
  update: (assessmentId: string, planItemId: string, body: z.output<typeof updatePlanItemSchema>) =>
    sendJson('PUT', itemPath(assessmentId, planItemId), body, planItemViewSchema),
  remove: (assessmentId: string, planItemId: string, version: number) =>
    send('DELETE', itemPath(assessmentId, planItemId), { version }),
  decide: (assessmentId: string, indicatorKey: string, body: PutSuggestionDecision) =>
    sendJson(
      'PUT',
      `${assessmentApiPath(assessmentId)}/plan-suggestions/${encodeURIComponent(indicatorKey)}`,
      body,
      planSuggestionViewSchema,
    ),
};
