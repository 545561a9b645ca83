import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  EVIDENCE_FILE_TYPES,
  MAX_EVIDENCE_FILE_BYTES,
  type IndicatorRatingView,
} from '../../domain/assessment/api/index.js';
import { requireContributionScope, requireDraft } from '../assessments/assessment-access.js';
import { requireIndicator } from '../assessments/assessment-framework.js';
import {
  readAssessment,
  writeAssessment,
  type WriteContext,
} from '../assessments/assessment-write.js';
import type { IndicatorIds } from '../assessments/indicator-rating.commands.js';
import { loadRatingView } from '../assessments/indicator-rating.queries.js';
import { NotFoundError } from '../http/problems.js';
import { omit } from '../shared/records.js';
import { evidenceRepository, type StoredFile } from './evidence.repository.js';
import { storeBlob, tooLarge } from './file-store.js';
import { requireEvidenceType } from './file-type.js';

export type Upload = {
  contentType: string | undefined;
  contentLength: number | undefined;
  name: string;
  body: Readable;
};

/** A file name as a person gave it, without any folder part or control characters. */
export function cleanFileName(name: string, fallbackExtension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 255);
  return base === '' || base === '.' || base === '..' ? `evidence${fallbackExtension}` : base;
}

/**
 * Adds an uploaded file to an indicator's evidence. Access, scope and the size are checked
 * before the bytes are read; the bytes are stored by their sha256, once however often they are
 * uploaded, and the reference is written with its audit event.
 */
export async function uploadEvidenceFile(
  context: WriteContext & { dataDir: string },
  { assessmentId, indicatorKey }: IndicatorIds,
  upload: Upload,
): Promise<IndicatorRatingView> {
  const { actor, assessment, framework } = await readAssessment(
    context.store.db,
    context.actor,
    assessmentId,
    'assessment.contribute',
  );
  requireDraft(assessment);
  const indicator = requireIndicator(framework, indicatorKey);
  requireContributionScope(actor, assessment.organisation_id, indicator.capabilityKey);
  const mediaType = requireEvidenceType(upload.contentType);
  if ((upload.contentLength ?? 0) > MAX_EVIDENCE_FILE_BYTES) throw tooLarge();
  const blob = await storeBlob(context.dataDir, mediaType, upload.body);

  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    requireContributionScope(tx.actor, tx.assessment.organisation_id, indicator.capabilityKey);
    const file: StoredFile = {
      id: randomUUID(),
      assessment_id: assessmentId,
      sub_domain_key: indicator.subDomainKey,
      indicator_key: indicatorKey,
      name: cleanFileName(upload.name, EVIDENCE_FILE_TYPES[mediaType]),
      media_type: mediaType,
      bytes: blob.bytes,
      sha256: blob.sha256,
      added_by: tx.actor.userId,
      added_at: tx.now.toISOString(),
    };
    await evidenceRepository(tx.trx).insertFiles([file]);
    await tx.record({
      action: 'evidence-file.add',
      entityType: 'evidence_file',
      entityId: file.id,
      after: file,
      subDomainKey: indicator.subDomainKey,
      subject: indicatorKey,
      summary: { name: file.name, bytes: file.bytes, mediaType },
      kind: 'evidence',
      key: indicatorKey,
    });
    return loadRatingView(tx.trx, assessmentId, indicatorKey);
  });
}

export function fileNotFound(fileId: string): NotFoundError {
  return new NotFoundError(`This assessment has no evidence file with id "${fileId}".`);
}

/** Removes the reference; the stored bytes stay, as other references may share them. */
export function removeEvidenceFile(
  context: WriteContext,
  { assessmentId, fileId }: { assessmentId: string; fileId: string },
): Promise<IndicatorRatingView> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    const evidence = evidenceRepository(tx.trx);
    const file = await evidence.findFile(assessmentId, fileId);
    if (!file) throw fileNotFound(fileId);
    const indicator = requireIndicator(tx.framework, file.indicator_key);
    requireContributionScope(tx.actor, tx.assessment.organisation_id, indicator.capabilityKey);
    await evidence.deleteFile(file.id);
    await tx.record({
      action: 'evidence-file.remove',
      entityType: 'evidence_file',
      entityId: file.id,
      before: omit(file, 'added_by_name'),
      subDomainKey: file.sub_domain_key,
      subject: file.indicator_key,
      summary: { name: file.name, removed: true },
      kind: 'evidence',
      key: file.indicator_key,
    });
    return loadRatingView(tx.trx, assessmentId, file.indicator_key);
  });
}
