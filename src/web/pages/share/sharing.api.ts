import {
  assessmentSharingSchema,
  instancePublicKeySchema,
  submissionSummarySchema,
  type CreateSubmission,
} from '../../../domain/sharing/index.js';
import { getJson, sendJson } from '../../api/client.js';
import { assessmentApiPath, assessmentPath } from '../../assessments/paths.js';

export function sharePath(assessmentId: string): string {
  return `${assessmentPath(assessmentId)}/share`;
}

const submissionsPath = (assessmentId: string) => `${assessmentApiPath(assessmentId)}/submissions`;

export function submissionFilePath(assessmentId: string, submissionId: string): string {
  return `${submissionsPath(assessmentId)}/${encodeURIComponent(submissionId)}/file`;
}

export function withdrawalFilePath(assessmentId: string, submissionId: string): string {
  return `${submissionsPath(assessmentId)}/${encodeURIComponent(submissionId)}/withdrawal-file`;
}

export const sharingApi = {
  get: (assessmentId: string) => getJson(submissionsPath(assessmentId), assessmentSharingSchema),
  create: (assessmentId: string, input: CreateSubmission) =>
    sendJson('POST', submissionsPath(assessmentId), input, submissionSummarySchema),
  send: (assessmentId: string, submissionId: string) =>
    sendJson(
      'POST',
      `${submissionsPath(assessmentId)}/${encodeURIComponent(submissionId)}/send`,
      undefined,
      submissionSummarySchema,
    ),
  withdraw: (assessmentId: string, submissionId: string) =>
    sendJson(
      'POST',
      `${submissionsPath(assessmentId)}/${encodeURIComponent(submissionId)}/withdraw`,
      undefined,
      submissionSummarySchema,
    ),
  instancePublicKey: () => getJson('/api/instance/public-key', instancePublicKeySchema),
};
