import { z } from 'zod';
import {
  agreedResultViewSchema,
  assessmentOverviewSchema,
  assessmentSummarySchema,
  enablerNoteViewSchema,
  type CreateAssessment,
  type PutCapabilityResult,
  type PutEnablerNote,
} from '../../domain/assessment/api/index.js';
import { getJson, sendJson } from '../api/client.js';
import { organisationApiPath } from '../organisations/paths.js';
import { assessmentApiPath } from './paths.js';

const listPath = (organisationId: string) => `${organisationApiPath(organisationId)}/assessments`;

/** An assessment as a whole: its cycles, overview, sign-off, capabilities and enablers. */
export const assessmentsApi = {
  list: (organisationId: string) =>
    getJson(listPath(organisationId), z.array(assessmentSummarySchema)),
  create: (organisationId: string, body: CreateAssessment) =>
    sendJson('POST', listPath(organisationId), body, assessmentSummarySchema),
  overview: (assessmentId: string) =>
    getJson(assessmentApiPath(assessmentId), assessmentOverviewSchema),
  finalise: (assessmentId: string, version: number) =>
    sendJson(
      'POST',
      `${assessmentApiPath(assessmentId)}/finalise`,
      { version },
      assessmentSummarySchema,
    ),
  putCapabilityResult: (assessmentId: string, capabilityKey: string, body: PutCapabilityResult) =>
    sendJson(
      'PUT',
      `${assessmentApiPath(assessmentId)}/capabilities/${encodeURIComponent(capabilityKey)}/result`,
      body,
      agreedResultViewSchema,
    ),
  putEnablerNote: (assessmentId: string, enablerKey: string, body: PutEnablerNote) =>
    sendJson(
      'PUT',
      `${assessmentApiPath(assessmentId)}/enablers/${encodeURIComponent(enablerKey)}`,
      body,
      enablerNoteViewSchema,
    ),
};
