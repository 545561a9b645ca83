import { z } from 'zod';
import { frameworkSummarySchema, frameworkViewSchema } from '../../domain/framework/index.js';
import { apiErrorFromResponse, networkError, unexpectedResponse } from './api-error.js';

/**
 * Reads one API resource and checks it against the same schema the server answers with, so a
 * mismatch shows up as a clear error here rather than as a broken page further on.
 */
async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw networkError(error);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw unexpectedResponse(response.status, `${path}: ${parsed.error.message}`);
  }
  return parsed.data;
}

export const api = {
  listFrameworks: () => getJson('/api/frameworks', z.array(frameworkSummarySchema)),
  getFramework: (key: string) =>
    getJson(`/api/frameworks/${encodeURIComponent(key)}`, frameworkViewSchema),
};
