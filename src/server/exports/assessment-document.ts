import type { Actor } from '../../domain/access/index.js';
import {
  ASSESSMENT_DOCUMENT_FORMAT,
  ASSESSMENT_DOCUMENT_VERSION,
  type AssessmentDocument,
  type AssessmentRecord,
  type Contributions,
} from '../../domain/assessment-document/index.js';
import type { AgreedResult } from '../../domain/assessment/index.js';
import type { PlanItemFields } from '../../domain/plan/index.js';
import { readAssessment } from '../assessments/assessment-write.js';
import { assessmentNotFound } from '../assessments/assessment-access.js';
import { frameworkOf, type AssessmentFramework } from '../assessments/assessment-framework.js';
import {
  assessmentRepository,
  type StoredAssessment,
} from '../assessments/assessment.repository.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import { enablerNoteRepository } from '../assessments/enabler-note.repository.js';
import { indicatorRatingRepository } from '../assessments/indicator-rating.repository.js';
import type { Db } from '../db/database.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';
import { scopeFromColumn } from '../organisations/capability-scope.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { digest } from '../shared/canonical-json.js';
import { assessmentDocumentRepository } from './assessment-document.repository.js';

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

async function loadRecord(
  db: Db,
  assessment: StoredAssessment,
  framework: AssessmentFramework,
): Promise<AssessmentRecord> {
  const id = assessment.id;
  const evidence = evidenceRepository(db);
  const documents = assessmentDocumentRepository(db);
  const [ratings, links, files, results, notes, planRows, dismissed] = await Promise.all([
    indicatorRatingRepository(db).list(id),
    evidence.listLinks(id),
    evidence.listFiles(id),
    agreedResultRepository(db).list(id),
    enablerNoteRepository(db).list(id),
    documents.planItems(id),
    documents.dismissedSuggestions(id),
  ]);
  const ratingOf = new Map(ratings.map((row) => [row.indicator_key, row]));
  const linksOf = groupBy(links, (row) => row.indicator_key);
  const filesOf = groupBy(files, (row) => row.indicator_key);
  const resultOf = new Map(
    results.map((row) => [
      `${row.scope}:${row.subject_key}`,
      JSON.parse(row.result) as AgreedResult,
    ]),
  );
  const noteOf = new Map(notes.map((row) => [row.enabler_key, row.note]));
  const indicatorOrder = [...framework.indicatorByKey.keys()];
  const notAssessed: AgreedResult = { kind: 'not-assessed' };

  return {
    assessment: {
      title: assessment.title,
      periodStart: assessment.period_start,
      periodEnd: assessment.period_end,
      leadBody: assessment.lead_body,
    },
    indicators: framework.subDomains.flatMap((subDomain) =>
      subDomain.indicatorKeys.map((key) => {
        const rating = ratingOf.get(key);
        return {
          key,
          subDomainKey: subDomain.key,
          status: rating?.status ?? null,
          evidence: rating?.evidence_text ?? '',
          links: (linksOf.get(key) ?? []).map((row) => ({ url: row.url, label: row.label })),
          files: (filesOf.get(key) ?? []).map((row) => ({
            name: row.name,
            mediaType: row.media_type,
            bytes: row.bytes,
            sha256: row.sha256,
          })),
        };
      }),
    ),
    subDomains: framework.subDomains.map((subDomain) => ({
      key: subDomain.key,
      result: resultOf.get(`sub-domain:${subDomain.key}`) ?? notAssessed,
    })),
    capabilities: framework.capabilityKeys.map((key) => ({
      key,
      result: resultOf.get(`capability:${key}`) ?? notAssessed,
    })),
    enablers: framework.enablerKeys.map((key) => ({ key, note: noteOf.get(key) ?? '' })),
    plan: planRows.map((row): PlanItemFields => ({
      title: row.title,
      description: row.description,
      subDomainKey: row.sub_domain_key as PlanItemFields['subDomainKey'],
      indicatorKeys: JSON.parse(row.indicator_keys) as string[],
      targetStage: row.target_stage as PlanItemFields['targetStage'],
      ownerBody: row.owner_body,
      contact: row.contact,
      priority: row.priority,
      startDate: row.start_date,
      targetDate: row.target_date,
      status: row.status,
      resourcesNote: row.resources_note,
    })),
    dismissedSuggestions: dismissed.sort(
      (a, b) => indicatorOrder.indexOf(a) - indicatorOrder.indexOf(b),
    ),
  };
}

async function loadContributions(db: Db, assessment: StoredAssessment): Promise<Contributions> {
  const documents = assessmentDocumentRepository(db);
  const [participants, proposals, discussion] = await Promise.all([
    documents.participants(assessment.organisation_id),
    documents.proposals(assessment.id),
    documents.discussion(assessment.id),
  ]);
  return {
    participants: participants.map((row) => ({
      displayName: row.display_name,
      role: row.role,
      capabilityScope: scopeFromColumn(row.capability_scope),
    })),
    proposals: proposals.map((row) => ({
      subDomainKey: row.sub_domain_key as Contributions['proposals'][number]['subDomainKey'],
      by: row.display_name,
      stage: row.stage,
      comment: row.comment,
    })),
    discussion: discussion.map((row) => ({
      subDomainKey: row.sub_domain_key as Contributions['discussion'][number]['subDomainKey'],
      by: row.display_name,
      at: row.created_at,
      body: row.body,
    })),
  };
}

/** The document without its integrity member, sealed: its digest covers every other member. */
export function sealDocument(unsealed: Omit<AssessmentDocument, 'integrity'>): AssessmentDocument {
  return { ...unsealed, integrity: { algorithm: 'sha256', digest: digest(unsealed) } };
}

/** The whole assessment as one versioned document. */
export async function buildAssessmentDocument(
  db: Db,
  assessment: StoredAssessment,
  framework: AssessmentFramework,
  now: Date,
): Promise<AssessmentDocument> {
  const organisation = await organisationRepository(db).findById(assessment.organisation_id);
  const [record, contributions] = await Promise.all([
    loadRecord(db, assessment, framework),
    loadContributions(db, assessment),
  ]);
  return sealDocument({
    format: ASSESSMENT_DOCUMENT_FORMAT,
    formatVersion: ASSESSMENT_DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    source: {
      assessmentId: assessment.id,
      organisationName: organisation?.name ?? '',
      countryCode: organisation?.country_code ?? '',
      state: assessment.state,
      finalisedAt: assessment.finalised_at,
    },
    framework: {
      key: assessment.framework_key,
      version: assessment.framework_version,
      checksum: assessment.framework_checksum,
    },
    record,
    contributions,
  });
}

/** The assessment document, for anyone who may read the assessment. */
export async function exportAssessmentDocument(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  now: Date,
): Promise<AssessmentDocument> {
  const { assessment, framework } = await readAssessment(db, actor, assessmentId);
  return buildAssessmentDocument(db, assessment, framework, now);
}

/**
 * The assessment document for the mnr command, which runs on the server with the database's
 * own access, as `mnr assessments list` does.
 */
export async function assessmentDocumentById(
  db: Db,
  assessmentId: string,
  now: Date,
): Promise<AssessmentDocument> {
  const assessment = await assessmentRepository(db).findById(assessmentId);
  if (!assessment) throw assessmentNotFound(assessmentId);
  return buildAssessmentDocument(db, assessment, await frameworkOf(db, assessment), now);
}
