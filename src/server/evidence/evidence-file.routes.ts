import fs from 'node:fs';
import { z } from 'zod';
import {
  EVIDENCE_FILE_TYPES,
  indicatorRatingViewSchema,
  MAX_EVIDENCE_FILE_BYTES,
} from '../../domain/assessment/api/index.js';
import type { AppInstance } from '../app.js';
import { assessmentParams } from '../assessments/assessment.routes.js';
import { indicatorParams } from '../assessments/indicator-rating.routes.js';
import { writeContext } from '../assessments/route-context.js';
import { removeEvidenceFile, uploadEvidenceFile } from './evidence-file.commands.js';
import { attachmentDisposition, evidenceFileForDownload } from './evidence-file.queries.js';

const fileParams = assessmentParams.extend({ fileId: z.string().min(1).max(36) });

export function evidenceFileRoutes(app: AppInstance): void {
  // The upload is the raw body, streamed to disk by the command; parse nothing here.
  void app.register(async (scope: AppInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    scope.post(
      '/api/assessments/:assessmentId/indicators/:indicatorKey/files',
      {
        config: { access: { assessment: 'assessment.contribute' } },
        schema: {
          tags: ['evidence'],
          summary: `Upload a file as an indicator's evidence: the raw bytes with the file's media type as Content-Type and its name as ?name= (${Object.values(EVIDENCE_FILE_TYPES).join(', ')}; at most ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB)`,
          params: indicatorParams,
          querystring: z.object({ name: z.string().min(1).max(1000) }),
          response: { 201: indicatorRatingViewSchema },
        },
      },
      async (request, reply) => {
        const length = request.headers['content-length'];
        const view = await uploadEvidenceFile(
          { ...writeContext(app, request), dataDir: app.config.dataDir },
          request.params,
          {
            contentType: request.headers['content-type'],
            contentLength: length === undefined ? undefined : Number(length),
            name: request.query.name,
            body: request.raw,
          },
        );
        return reply.status(201).send(view);
      },
    );
  });

  app.get(
    '/api/assessments/:assessmentId/files/:fileId',
    {
      config: { access: { assessment: 'assessment.read' } },
      schema: {
        tags: ['evidence'],
        summary: 'Download an evidence file (as an attachment, never shown inline)',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const { file, path } = await evidenceFileForDownload(
        app.db,
        app.config.dataDir,
        request.auth?.actor ?? null,
        request.params,
      );
      return reply
        .type(file.media_type)
        .header('content-length', String(file.bytes))
        .header('content-disposition', attachmentDisposition(file.name))
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(path));
    },
  );

  app.delete(
    '/api/assessments/:assessmentId/files/:fileId',
    {
      config: { access: { assessment: 'assessment.contribute' } },
      schema: {
        tags: ['evidence'],
        summary: 'Remove a file from an indicator’s evidence; answers with the indicator',
        params: fileParams,
        response: { 200: indicatorRatingViewSchema },
      },
    },
    (request) => removeEvidenceFile(writeContext(app, request), request.params),
  );
}
