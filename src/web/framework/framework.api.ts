import { z } from 'zod';
import { frameworkSummarySchema, frameworkViewSchema } from '../../domain/framework/index.js';
import { getJson } from '../api/client.js';

export const frameworkApi = {
  listFrameworks: () => getJson('/api/frameworks', z.array(frameworkSummarySchema)),
  /** The latest version, or the one named (the version an assessment was made against). */
  getFramework: (key: string, version?: string) =>
    getJson(
      `/api/frameworks/${encodeURIComponent(key)}${version ? `?version=${encodeURIComponent(version)}` : ''}`,
      frameworkViewSchema,
    ),
};
