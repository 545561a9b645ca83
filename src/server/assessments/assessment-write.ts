import type { Actor, OrganisationPermission } from '../../domain/access/index.js';
import type { AssessmentChangeEvent } from '../../domain/assessment/api/index.js';
import { userActor, writeTransaction, type AuditLog, type Store } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { ChangeBus } from '../realtime/change-bus.js';
import { assessmentNotFound, requireAssessmentAccess, requireDraft } from './assessment-access.js';
import { frameworkOf, type AssessmentFramework } from './assessment-framework.js';
import { assessmentRepository, type StoredAssessment } from './assessment.repository.js';
import { changeLogRepository } from './change-log.repository.js';

/** What every assessment command is given: where to write, whom to tell, who asks, and when. */
export type WriteContext = { store: Store; changes: ChangeBus; actor: Actor | null; now: Date };

/** One change: its audit event, its line in the assessment's history, and its live event. */
export type Change = {
  action: string;
  entityType: string;
  entityId: string;
  /** The record before and after, digested into the audit event. */
  before?: unknown;
  after?: unknown;
  subDomainKey: string | null;
  /** What the change was about, as the history shows it: an indicator key, `result`, … */
  subject: string;
  summary: Record<string, unknown>;
  kind: AssessmentChangeEvent['kind'];
  /** The indicator, capability or enabler key the live event names. */
  key: string | null;
};

/** Records a change inside the write transaction and returns the event to publish after commit. */
export async function recordChange(
  trx: Db,
  audit: AuditLog,
  context: { actorId: string; assessmentId: string; now: Date },
  change: Change,
): Promise<AssessmentChangeEvent> {
  const seq = await audit.record({
    actor: userActor(context.actorId),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before,
    after: change.after,
  });
  await changeLogRepository(trx).insert({
    audit_seq: seq,
    assessment_id: context.assessmentId,
    sub_domain_key: change.subDomainKey,
    subject: change.subject,
    actor_id: context.actorId,
    summary: JSON.stringify(change.summary),
  });
  return {
    kind: change.kind,
    subDomainKey: change.subDomainKey,
    key: change.key,
    actorId: context.actorId,
    at: context.now.toISOString(),
  };
}

export type AssessmentTransaction = {
  trx: Db;
  actor: Actor;
  assessment: StoredAssessment;
  framework: AssessmentFramework;
  now: Date;
  record: (change: Change) => Promise<void>;
};

/**
 * Every write to an existing assessment: in one transaction, check access, refuse a finalised
 * assessment, run the work and record its changes; after commit, tell the open streams.
 * `afterFinalising: 'allow'` is for what is followed up after sign-off (the action plan).
 */
export async function writeAssessment<T>(
  context: WriteContext,
  assessmentId: string,
  permission: OrganisationPermission,
  work: (tx: AssessmentTransaction) => Promise<T>,
  { afterFinalising = 'refuse' }: { afterFinalising?: 'refuse' | 'allow' } = {},
): Promise<T> {
  const events: AssessmentChangeEvent[] = [];
  const value = await writeTransaction(context.store, context.now, async (trx, audit) => {
    const assessment = await assessmentRepository(trx).findById(assessmentId);
    const actor = requireAssessmentAccess(
      context.actor,
      assessmentId,
      assessment?.organisation_id,
      permission,
    );
    if (!assessment) throw assessmentNotFound(assessmentId);
    if (afterFinalising === 'refuse') requireDraft(assessment);
    const framework = await frameworkOf(trx, assessment);
    const changeContext = { actorId: actor.userId, assessmentId, now: context.now };
    return work({
      trx,
      actor,
      assessment,
      framework,
      now: context.now,
      record: async (change) => {
        events.push(await recordChange(trx, audit, changeContext, change));
      },
    });
  });
  for (const event of events) context.changes.publish(assessmentId, event);
  return value;
}

export type AssessmentRead = {
  actor: Actor;
  assessment: StoredAssessment;
  framework: AssessmentFramework;
};

/** Every read of an assessment starts here: the assessment, if `actor` may read it. */
export async function readAssessment(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
  permission: OrganisationPermission = 'assessment.read',
): Promise<AssessmentRead> {
  const assessment = await assessmentRepository(db).findById(assessmentId);
  const reader = requireAssessmentAccess(
    actor,
    assessmentId,
    assessment?.organisation_id,
    permission,
  );
  if (!assessment) throw assessmentNotFound(assessmentId);
  return { actor: reader, assessment, framework: await frameworkOf(db, assessment) };
}
