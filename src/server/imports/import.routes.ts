import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  assessmentImportResultSchema,
  MAX_IMPORT_FILE_BYTES,
} from '../../domain/assessment-document/index.js';
import type { AppInstance } from '../app.js';
import { writeContext } from '../assessments/route-context.js';
import { PayloadTooLargeError } from '../http/problems.js';
import { organisationParams } from '../organisations/organisation.routes.js';
import { importAssessment } from './assessment-import.commands.js';
import { readImportFile, requireImportType } from './import-file.js';
import { requireOrganisationAccess } from '../access/require-access.js';

const LIMIT_MB = MAX_IMPORT_FILE_BYTES / (1024 * 1024);

function tooLarge() {
  return new PayloadTooLargeError(
    `The file is larger than ${LIMIT_MB} MB, the limit for an import. Check that you chose an exported assessment.`,
  );
}

/** Reads a request body into memory, stopping as soon as it passes the limit. */
async function readBody(body: Readable, declaredLength: number | undefined): Promise<Buffer> {
  if (declaredLength !== undefined && declaredLength > MAX_IMPORT_FILE_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    if (bytes > MAX_IMPORT_FILE_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function importRoutes(app: AppInstance): void {
  // The upload is the raw body, as for evidence files; parse nothing here.
  void app.register(async (scope: AppInstance) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));

    scope.post(
      '/api/organisations/:organisationId/assessment-imports',
      {
        config: { access: { organisation: 'assessment.manage' } },
        schema: {
          tags: ['exports'],
          summary: `Import an exported assessment as a new draft (leads): the raw bytes of the JSON export (application/json) or the Excel workbook, its name as ?name=; at most ${LIMIT_MB} MB. A file that cannot be imported gets 422 with \`problems\`: [{where, problem}], and nothing is written`,
          params: organisationParams,
          querystring: z.object({ name: z.string().min(1).max(1000).default('The file') }),
          response: { 201: assessmentImportResultSchema },
        },
      },
      async (request, reply) => {
        const context = writeContext(app, request);
        requireOrganisationAccess(
          context.actor,
          request.params.organisationId,
          'assessment.manage',
        );
        const type = requireImportType(request.headers['content-type']);
        const length = request.headers['content-length'];
        const bytes = await readBody(
          request.raw,
          length === undefined ? undefined : Number(length),
        );
        const importable = await readImportFile(app.db, {
          name: request.query.name,
          type,
          bytes,
        });
        const result = await importAssessment(
          { ...context, dataDir: app.config.dataDir },
          request.params.organisationId,
          importable,
        );
        return reply.status(201).send(result);
      },
    );
  });
}
