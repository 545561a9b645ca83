import { z } from 'zod';
import { frameworkSummarySchema, frameworkViewSchema } from '../../domain/framework/index.js';
import { getJson } from '../api/client.js';

export const frameworkApi = {
  listFrameworks: () => getJson('/api/frameworks', z.array(frameworkSummarySchema)),
  getFramework: (key: string) =>
    getJson(`/api/frameworks/${encodeURIComponent(key)}`, frameworkViewSchema),
};
