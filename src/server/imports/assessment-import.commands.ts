import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type {
  AssessmentImportResult,
  AssessmentRecord,
} from '../../domain/assessment-document/index.js';
import { organisationNotFound, requireOrganisationAccess } from '../access/require-access.js';
import { frameworkOf, type PinnedFramework } from '../assessments/assessment-framework.js';
import { recordChange, type WriteContext } from '../assessments/assessment-write.js';
import {
  assessmentRepository,
  type StoredAssessment,
} from '../assessments/assessment.repository.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import { enablerNoteRepository } from '../assessments/enabler-note.repository.js';
import { indicatorRatingRepository } from '../assessments/indicator-rating.repository.js';
import { writeTransaction } from '../audit/audit.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';
import { blobPath } from '../evidence/file-store.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { assessmentImportRepository } from './assessment-import.repository.js';

/** What a checked file holds: the group's record and the framework version it was made against. */
export type ImportableAssessment = { record: AssessmentRecord; framework: PinnedFramework };

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<void>) {
  for (let start = 0; start < rows.length; start += 200) {
    await insert(rows.slice(start, start + 200));
  }
}

/**
 * Entries added in one go are listed in the order they were added (then by id); stepping the
 * time by a millisecond keeps the order the file has.
 */
function stepped(now: Date, index: number): string {
  return new Date(now.getTime() + index).toISOString();
}

/**
 * Creates a new draft assessment in the organisation from an imported record, pinned to the
 * framework version the record was made against, in one transaction with its audit event.
 * Evidence files are stored by content, so a listed file is restored when this instance holds
 * its bytes and otherwise left out and reported.
 */
export async function importAssessment(
  context: WriteContext & { dataDir: string },
  organisationId: string,
  importable: ImportableAssessment,
): Promise<AssessmentImportResult> {
  const lead = requireOrganisationAccess(context.actor, organisationId, 'assessment.manage');
  const { record } = importable;
  const { now } = context;
  const at = now.toISOString();
  const leftOutFiles: AssessmentImportResult['leftOutFiles'] = [];
  record.indicators.forEach((indicator, indicatorIndex) => {
    indicator.files.forEach((file, fileIndex) => {
      if (!fs.existsSync(blobPath(context.dataDir, file.sha256))) {
        leftOutFiles.push({
          where: `$.record.indicators[${indicatorIndex}].files[${fileIndex}]`,
          indicatorKey: indicator.key,
          name: file.name,
          sha256: file.sha256,
        });
      }
    });
  });
  const leftOut = new Set(leftOutFiles.map((file) => file.where));

  const assessment = await writeTransaction(context.store, now, async (trx, audit) => {
    if (!(await organisationRepository(trx).findById(organisationId))) {
      throw organisationNotFound(organisationId);
    }
    const row: StoredAssessment = {
      id: randomUUID(),
      organisation_id: organisationId,
      title: record.assessment.title,
      period_start: record.assessment.periodStart,
      period_end: record.assessment.periodEnd,
      lead_body: record.assessment.leadBody,
      ...importable.framework,
      state: 'draft',
      finalised_at: null,
      finalised_by: null,
      copied_from_id: null,
      created_by: lead.userId,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    // Fails if the framework version is not stored: the caller checked it, this keeps it true.
    await frameworkOf(trx, importable.framework);
    await assessmentRepository(trx).insert(row);
    const owned = { assessment_id: row.id };
    const edited = { created_at: at, updated_at: at, updated_by: lead.userId, version: 1 };

    const ratings = record.indicators
      .filter((entry) => entry.status !== null || entry.evidence !== '')
      .map((entry) => ({
        id: randomUUID(),
        ...owned,
        sub_domain_key: entry.subDomainKey,
        indicator_key: entry.key,
        status: entry.status,
        evidence_text: entry.evidence,
        ...edited,
      }));
    await inBatches(ratings, (batch) => indicatorRatingRepository(trx).insert(batch));

    const added = { added_by: lead.userId };
    const links = record.indicators.flatMap((entry) =>
      entry.links.map((link, index) => ({
        id: randomUUID(),
        ...owned,
        sub_domain_key: entry.subDomainKey,
        indicator_key: entry.key,
        url: link.url,
        label: link.label,
        ...added,
        added_at: stepped(now, index),
      })),
    );
    await inBatches(links, (batch) => evidenceRepository(trx).insertLinks(batch));
    const files = record.indicators.flatMap((entry, indicatorIndex) =>
      entry.files
        .filter(
          (_file, index) => !leftOut.has(`$.record.indicators[${indicatorIndex}].files[${index}]`),
        )
        .map((file, index) => ({
          id: randomUUID(),
          ...owned,
          sub_domain_key: entry.subDomainKey,
          indicator_key: entry.key,
          name: file.name,
          media_type: file.mediaType,
          bytes: file.bytes,
          sha256: file.sha256,
          ...added,
          added_at: stepped(now, index),
        })),
    );
    await inBatches(files, (batch) => evidenceRepository(trx).insertFiles(batch));

    const results = [
      ...record.subDomains.map((entry) => ({ scope: 'sub-domain' as const, ...entry })),
      ...record.capabilities.map((entry) => ({ scope: 'capability' as const, ...entry })),
    ]
      .filter((entry) => entry.result.kind !== 'not-assessed')
      .map((entry) => ({
        id: randomUUID(),
        ...owned,
        scope: entry.scope,
        subject_key: entry.key,
        result: JSON.stringify(entry.result),
        ...edited,
      }));
    await agreedResultRepository(trx).insert(results);

    const notes = record.enablers
      .filter((entry) => entry.note !== '')
      .map((entry) => ({
        id: randomUUID(),
        ...owned,
        enabler_key: entry.key,
        note: entry.note,
        ...edited,
      }));
    await enablerNoteRepository(trx).insert(notes);

    const plan = assessmentImportRepository(trx);
    const items = record.plan.map((item, index) => ({
      id: randomUUID(),
      ...owned,
      title: item.title,
      description: item.description,
      sub_domain_key: item.subDomainKey,
      indicator_keys: JSON.stringify(item.indicatorKeys),
      target_stage: item.targetStage,
      owner_body: item.ownerBody,
      contact: item.contact,
      priority: item.priority,
      start_date: item.startDate,
      target_date: item.targetDate,
      status: item.status,
      resources_note: item.resourcesNote,
      from_suggestion: null,
      ...edited,
      created_at: stepped(now, index),
    }));
    await inBatches(items, (batch) => plan.insertPlanItems(batch));
    await plan.insertSuggestionDecisions(
      record.dismissedSuggestions.map((indicatorKey) => ({
        id: randomUUID(),
        ...owned,
        indicator_key: indicatorKey,
        dismissed: 1,
        ...edited,
      })),
    );

    // Nobody can be listening to an assessment that did not exist: no live event to publish.
    await recordChange(
      trx,
      audit,
      { actorId: lead.userId, assessmentId: row.id, now },
      {
        action: 'assessment.import',
        entityType: 'assessment',
        entityId: row.id,
        after: { assessment: row, record },
        subDomainKey: null,
        subject: 'assessment',
        summary: {
          ratings: ratings.length,
          links: links.length,
          files: files.length,
          leftOutFiles: leftOutFiles.length,
          results: results.length,
          enablerNotes: notes.length,
          planItems: items.length,
        },
        kind: 'assessment',
        key: null,
      },
    );
    return row;
  });
  return { assessmentId: assessment.id, title: assessment.title, leftOutFiles };
}
