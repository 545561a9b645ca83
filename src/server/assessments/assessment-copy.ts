import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';
import type { AssessmentFramework } from './assessment-framework.js';
import type { StoredAssessment } from './assessment.repository.js';
import { agreedResultRepository } from './agreed-result.repository.js';
import { enablerNoteRepository } from './enabler-note.repository.js';
import { indicatorRatingRepository } from './indicator-rating.repository.js';

export type CopiedCounts = {
  ratings: number;
  links: number;
  files: number;
  results: number;
  enablerNotes: number;
};

/** Inserts in batches, so a large cycle stays within every database's parameter limit. */
async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<void>) {
  for (let start = 0; start < rows.length; start += 200) {
    await insert(rows.slice(start, start + 200));
  }
}

/**
 * Pre-fills a new cycle from a finalised one: indicator ratings with their evidence text, links
 * and file references (the stored bytes are shared), the agreed sub-domain and capability
 * results, and the enabler notes. Keys the new framework version no longer has are left out.
 * Proposals and discussion belong to the earlier workshop and stay there. Each copied record
 * starts at version 1, stamped as changed by the lead who started the cycle.
 */
export async function copyCycle(
  trx: Db,
  source: StoredAssessment,
  target: StoredAssessment,
  framework: AssessmentFramework,
  leadId: string,
  now: Date,
): Promise<CopiedCounts> {
  const at = now.toISOString();
  const owned = { assessment_id: target.id };
  const edited = { created_at: at, updated_at: at, updated_by: leadId, version: 1 };
  const known = (key: string) => framework.indicatorByKey.has(key);

  const ratings = indicatorRatingRepository(trx);
  const ratingRows = (await ratings.list(source.id))
    .filter((row) => known(row.indicator_key))
    .map((row) => ({
      id: randomUUID(),
      ...owned,
      sub_domain_key: row.sub_domain_key,
      indicator_key: row.indicator_key,
      status: row.status,
      evidence_text: row.evidence_text,
      ...edited,
    }));
  await inBatches(ratingRows, (batch) => ratings.insert(batch));

  const evidence = evidenceRepository(trx);
  const links = (await evidence.listLinks(source.id))
    .filter((row) => known(row.indicator_key))
    .map(({ added_by_name: _name, ...row }) => ({ ...row, id: randomUUID(), ...owned }));
  await inBatches(links, (batch) => evidence.insertLinks(batch));
  const files = (await evidence.listFiles(source.id))
    .filter((row) => known(row.indicator_key))
    .map(({ added_by_name: _name, ...row }) => ({ ...row, id: randomUUID(), ...owned }));
  await inBatches(files, (batch) => evidence.insertFiles(batch));

  const results = agreedResultRepository(trx);
  const resultRows = (await results.list(source.id))
    .filter((row) =>
      row.scope === 'sub-domain'
        ? framework.subDomainByKey.has(row.subject_key)
        : framework.capabilityKeys.some((key) => key === row.subject_key),
    )
    .map((row) => ({
      id: randomUUID(),
      ...owned,
      scope: row.scope,
      subject_key: row.subject_key,
      result: row.result,
      ...edited,
    }));
  await results.insert(resultRows);

  const notes = enablerNoteRepository(trx);
  const noteRows = (await notes.list(source.id))
    .filter((row) => framework.enablerKeys.includes(row.enabler_key))
    .map((row) => ({
      id: randomUUID(),
      ...owned,
      enabler_key: row.enabler_key,
      note: row.note,
      ...edited,
    }));
  await notes.insert(noteRows);

  return {
    ratings: ratingRows.length,
    links: links.length,
    files: files.length,
    results: resultRows.length,
    enablerNotes: noteRows.length,
  };
}
