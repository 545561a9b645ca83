import { z } from 'zod';
import {
  frameworkSummarySchema,
  frameworkViewSchema,
  type FrameworkView,
} from '../../domain/framework/index.js';
import type { AppInstance } from '../app.js';
import { frameworkJson, getFramework, listFrameworks } from './framework.queries.js';

export function frameworkRoutes(app: AppInstance): void {
  app.get(
    '/api/frameworks',
    {
      config: { access: 'public' },
      schema: {
        tags: ['frameworks'],
        summary: 'List the loaded frameworks, every version',
        response: { 200: z.array(frameworkSummarySchema) },
      },
    },
    () => listFrameworks(app.db),
  );

  app.get(
    '/api/frameworks/:key',
    {
      config: { access: 'public' },
      schema: {
        tags: ['frameworks'],
        summary: 'The whole framework: capabilities, sub-domains, stages and indicators',
        params: z.object({ key: z.string().min(1).max(100) }),
        querystring: z.object({ version: z.string().min(1).max(50).optional() }),
        response: { 200: frameworkViewSchema },
      },
      serializerCompiler: () => (view) => frameworkJson(view as FrameworkView),
    },
    (request) => getFramework(app.db, request.params.key, request.query.version),
  );
}
