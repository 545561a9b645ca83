import { enablerNoteViewSchema, putEnablerNoteSchema } from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams, keyParam } from './assessment.routes.js';
import { putEnablerNote } from './enabler-note.commands.js';
import { writeContext } from './route-context.js';

export function enablerNoteRoutes(app: AppInstance): void {
  app.put(
    '/api/assessments/:assessmentId/enablers/:enablerKey',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['assessments'],
        summary: 'Note what the group found about a cross-cutting enabler (409 when stale)',
        params: assessmentParams.extend({ enablerKey: keyParam }),
        body: putEnablerNoteSchema,
        response: { 200: enablerNoteViewSchema },
      },
    },
    (request) => putEnablerNote(writeContext(app, request), request.params, request.body),
  );
}
