import { z } from 'zod';
import type { AppInstance } from '../app.js';
import { assessmentParams } from '../assessments/assessment.routes.js';
import { assessmentExport, EXPORT_FORMATS } from './assessment-export.js';
import { closeReportBrowser } from './pdf/index.js';

export function exportRoutes(app: AppInstance): void {
  // The PDF report is printed by a browser shared across requests; it goes when the app does.
  app.addHook('onClose', () => closeReportBrowser());

  app.get(
    '/api/assessments/:assessmentId/export',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['exports'],
        summary:
          'Download the assessment: `json` (the whole assessment, see docs/assessment-document.md), `csv-stages` (agreed stages), `csv-plan` (the action plan), `xlsx` (the workbook, editable offline and importable) or `pdf` (the report); texts in `locale`',
        params: assessmentParams,
        querystring: z.object({
          format: z.enum(EXPORT_FORMATS),
          locale: z.string().min(2).max(20).default('en'),
        }),
      },
    },
    async (request, reply) => {
      const file = await assessmentExport(
        app.db,
        request.auth?.actor ?? null,
        request.params.assessmentId,
        request.query,
        app.config.now(),
      );
      return reply
        .type(file.mediaType)
        .header('content-disposition', file.disposition)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
