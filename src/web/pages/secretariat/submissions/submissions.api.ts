import { z } from 'zod';
import {
  fileReceiptSchema,
  intakeTokenSchema,
  newIntakeTokenSchema,
  receivedSubmissionItemSchema,
  receivedSubmissionViewSchema,
} from '../../../../domain/sharing/index.js';
import { getJson, sendJson, writeHeaders } from '../../../api/client.js';
import { readAnswer } from '../../../api/client.js';
import { networkError } from '../../../api/api-error.js';

export const SUBMISSIONS_PATH = '/secretariat/submissions';

export function receivedSubmissionPath(submissionId: string): string {
  return `${SUBMISSIONS_PATH}/${encodeURIComponent(submissionId)}`;
}

const API = '/api/secretariat/submissions';

/**
 * Sends a submission or withdrawal file's text as it is, so the server, not the browser,
 * judges it.
 */
async function upload(text: string) {
  const headers = await writeHeaders();
  headers['content-type'] = 'text/plain; charset=utf-8';
  let response: Response;
  try {
    response = await fetch(API, {
      method: 'POST',
      headers,
      body: text,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw networkError(error);
  }
  const body: unknown = await response.json().catch(() => null);
  return readAnswer(API, response.status, body, fileReceiptSchema);
}

export const submissionsApi = {
  list: () => getJson(API, z.array(receivedSubmissionItemSchema)),
  get: (submissionId: string) =>
    getJson(`${API}/${encodeURIComponent(submissionId)}`, receivedSubmissionViewSchema),
  upload,
  remove: (submissionId: string) =>
    sendJson(
      'DELETE',
      `${API}/${encodeURIComponent(submissionId)}`,
      undefined,
      receivedSubmissionItemSchema,
    ),
  tokens: () => getJson('/api/secretariat/intake-tokens', z.array(intakeTokenSchema)),
  createToken: (label: string) =>
    sendJson('POST', '/api/secretariat/intake-tokens', { label }, newIntakeTokenSchema),
  revokeToken: (tokenId: string) =>
    sendJson(
      'POST',
      `/api/secretariat/intake-tokens/${encodeURIComponent(tokenId)}/revoke`,
      undefined,
      intakeTokenSchema,
    ),
};
