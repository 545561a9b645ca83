import { randomUUID } from 'node:crypto';
import type {
  AssessmentSummary,
  CreateAssessment,
  UpdateAssessment,
} from '../../domain/assessment/api/index.js';
import { organisationNotFound, requireOrganisationAccess } from '../access/require-access.js';
import { writeTransaction } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';
import { FieldProblemError } from '../http/problems.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { copyCycle, type CopiedCounts } from './assessment-copy.js';
import { frameworkOf } from './assessment-framework.js';
import { recordChange, writeAssessment, type WriteContext } from './assessment-write.js';
import { loadSummary } from './assessment.queries.js';
import { assessmentRepository, type StoredAssessment } from './assessment.repository.js';
import { requireBaseVersion } from './base-version.js';

async function requireCopySource(trx: Db, organisationId: string, copyFromId: string) {
  const source = await assessmentRepository(trx).findById(copyFromId);
  if (!source || source.organisation_id !== organisationId) {
    throw new FieldProblemError(
      'copyFromId',
      `This organisation has no assessment with id "${copyFromId}" to start the new cycle from.`,
    );
  }
  if (source.state !== 'finalised') {
    throw new FieldProblemError(
      'copyFromId',
      `“${source.title}” is not finalised yet. A new cycle starts from a finalised assessment.`,
    );
  }
  return source;
}

/**
 * Starts an assessment against the latest loaded version of the framework, which it keeps for
 * good. With `copyFromId` it is pre-filled from a finalised cycle of the same organisation.
 */
export async function createAssessment(
  context: WriteContext,
  organisationId: string,
  input: CreateAssessment,
): Promise<AssessmentSummary> {
  const lead = requireOrganisationAccess(context.actor, organisationId, 'assessment.manage');
  const { now } = context;
  const created = await writeTransaction(context.store, now, async (trx, audit) => {
    if (!(await organisationRepository(trx).findById(organisationId))) {
      throw organisationNotFound(organisationId);
    }
    const framework = await frameworkRepository(trx).findLatest(input.frameworkKey);
    if (!framework) {
      throw new FieldProblemError('frameworkKey', `There is no framework "${input.frameworkKey}".`);
    }
    const source = input.copyFromId
      ? await requireCopySource(trx, organisationId, input.copyFromId)
      : undefined;
    const row: StoredAssessment = {
      id: randomUUID(),
      organisation_id: organisationId,
      title: input.title,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      lead_body: input.leadBody,
      framework_key: framework.key,
      framework_version: framework.version,
      framework_checksum: framework.checksum,
      state: 'draft',
      finalised_at: null,
      finalised_by: null,
      copied_from_id: source?.id ?? null,
      created_by: lead.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      version: 1,
    };
    await assessmentRepository(trx).insert(row);
    let copied: CopiedCounts | undefined;
    if (source) {
      copied = await copyCycle(trx, source, row, await frameworkOf(trx, row), lead.userId, now);
    }
    // Nobody can be listening to an assessment that did not exist: no live event to publish.
    await recordChange(
      trx,
      audit,
      { actorId: lead.userId, assessmentId: row.id, now },
      {
        action: source ? 'assessment.copy' : 'assessment.create',
        entityType: 'assessment',
        entityId: row.id,
        after: { assessment: row, copied },
        subDomainKey: null,
        subject: 'assessment',
        summary: source ? { copiedFromId: source.id, copied } : {},
        kind: 'assessment',
        key: null,
      },
    );
    return row;
  });
  return loadSummary(context.store.db, created);
}

/** Title, period and lead body; a stale version gets 409 with the current summary. */
export async function updateAssessment(
  context: WriteContext,
  assessmentId: string,
  input: UpdateAssessment,
): Promise<AssessmentSummary> {
  const updated = await writeAssessment(context, assessmentId, 'assessment.manage', async (tx) => {
    const before = tx.assessment;
    await requireBaseVersion(
      { version: before.version, name: 'someone else' },
      input.version,
      `“${before.title}”`,
      () => loadSummary(tx.trx, before),
    );
    const after = await assessmentRepository(tx.trx).update(
      assessmentId,
      {
        title: input.title,
        period_start: input.periodStart,
        period_end: input.periodEnd,
        lead_body: input.leadBody,
      },
      tx.now.toISOString(),
    );
    await tx.record({
      action: 'assessment.update',
      entityType: 'assessment',
      entityId: assessmentId,
      before,
      after,
      subDomainKey: null,
      subject: 'assessment',
      summary: { title: after.title, periodStart: after.period_start, periodEnd: after.period_end },
      kind: 'assessment',
      key: null,
    });
    return after;
  });
  return loadSummary(context.store.db, updated);
}

/** The lead signs off: from now on every write to the assessment is refused. */
export async function finaliseAssessment(
  context: WriteContext,
  assessmentId: string,
  input: { version: number },
): Promise<AssessmentSummary> {
  const finalised = await writeAssessment(
    context,
    assessmentId,
    'assessment.manage',
    async (tx) => {
      const before = tx.assessment;
      await requireBaseVersion(
        { version: before.version, name: 'someone else' },
        input.version,
        `“${before.title}”`,
        () => loadSummary(tx.trx, before),
      );
      const at = tx.now.toISOString();
      const after = await assessmentRepository(tx.trx).update(
        assessmentId,
        { state: 'finalised', finalised_at: at, finalised_by: tx.actor.userId },
        at,
      );
      await tx.record({
        action: 'assessment.finalise',
        entityType: 'assessment',
        entityId: assessmentId,
        before,
        after,
        subDomainKey: null,
        subject: 'assessment',
        summary: { state: 'finalised' },
        kind: 'assessment',
        key: null,
      });
      return after;
    },
  );
  return loadSummary(context.store.db, finalised);
}
