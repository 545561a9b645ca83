import type { AssessmentChangeEvent } from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams } from '../assessments/assessment.routes.js';
import { readAssessment } from '../assessments/assessment-write.js';

/** Proxies close idle connections after about a minute; a comment every 25 s keeps them open. */
export const HEARTBEAT_MS = 25_000;

/** How long a browser waits before reconnecting after the stream drops. */
const RETRY_MS = 3_000;

function changeMessage(event: AssessmentChangeEvent): string {
  return `event: change\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * GET /api/assessments/:assessmentId/events: server-sent events, `event: change` after every
 * committed write to the assessment. Open streams are ended before the server closes, so they
 * never hold up a graceful shutdown.
 */
export function eventRoutes(app: AppInstance): void {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/assessments/:assessmentId/events',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['assessments'],
        summary: 'Live changes to the assessment (text/event-stream, `event: change`)',
        params: assessmentParams,
      },
    },
    async (request, reply) => {
      const { assessmentId } = request.params;
      await readAssessment(app.db, request.auth?.actor ?? null, assessmentId);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        // Tells nginx-style proxies not to buffer the stream.
        'x-accel-buffering': 'no',
      });
      stream.write(`retry: ${RETRY_MS}\n: connected\n\n`);

      const unsubscribe = app.changes.subscribe(assessmentId, (event) => {
        stream.write(changeMessage(event));
      });
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
      const end = () => {
        if (!open.delete(end)) return;
        clearInterval(heartbeat);
        unsubscribe();
        stream.end();
      };
      open.add(end);
      // The response closes when the client goes away (or the stream is ended here).
      stream.on('close', end);
    },
  );
}
