import type {
  CreatePlanItem,
  PlanItemFields,
  PlanItemView,
  PlanSuggestionView,
  PutSuggestionDecision,
  UpdatePlanItem,
} from '../../domain/plan/plan.schemas.js';
import {
  writeAssessment,
  type AssessmentTransaction,
  type WriteContext,
} from '../assessments/assessment-write.js';
import type { AssessmentFramework } from '../assessments/assessment-framework.js';
import { requireBaseVersion } from '../assessments/base-version.js';
import { requireIndicator } from '../assessments/assessment-framework.js';
import { withoutName } from '../assessments/stamp.js';
import { FieldProblemError, NotFoundError } from '../http/problems.js';
import { newRecordFields } from '../shared/records.js';
import { presentPlanItem } from './plan.presenter.js';
import { findSuggestion } from './plan.queries.js';
import { planRepository, type PlanItemChanges, type PlanItemRow } from './plan.repository.js';

const PERMISSION = 'assessment.agree';
/** The plan is followed up until the next cycle, so it stays editable after sign-off. */
const PLAN_WRITE = { afterFinalising: 'allow' } as const;

function requireKnownIndicator(
  framework: AssessmentFramework,
  subDomainKey: string,
  key: string,
  field: string,
): void {
  const indicator = framework.indicatorByKey.get(key);
  if (!indicator) {
    throw new FieldProblemError(
      field,
      `Framework "${framework.key}" version ${framework.version} has no indicator "${key}".`,
    );
  }
  if (indicator.subDomainKey !== subDomainKey) {
    throw new FieldProblemError(field, `Indicator ${key} is not in sub-domain ${subDomainKey}.`);
  }
}

/** Every key the item names must exist in the pinned framework, within the item's sub-domain. */
function requireKnownKeys(
  framework: AssessmentFramework,
  fields: PlanItemFields,
  fromSuggestion: string | null,
): void {
  if (!framework.subDomainByKey.has(fields.subDomainKey)) {
    throw new FieldProblemError(
      'subDomainKey',
      `Framework "${framework.key}" version ${framework.version} has no sub-domain "${fields.subDomainKey}".`,
    );
  }
  fields.indicatorKeys.forEach((key, index) =>
    requireKnownIndicator(framework, fields.subDomainKey, key, `indicatorKeys.${index}`),
  );
  if (fromSuggestion) {
    requireKnownIndicator(framework, fields.subDomainKey, fromSuggestion, 'fromSuggestion');
  }
}

function columnsOf(tx: AssessmentTransaction, fields: PlanItemFields): PlanItemChanges {
  return {
    title: fields.title,
    description: fields.description,
    sub_domain_key: fields.subDomainKey,
    indicator_keys: JSON.stringify(fields.indicatorKeys),
    target_stage: fields.targetStage,
    owner_body: fields.ownerBody,
    contact: fields.contact,
    priority: fields.priority,
    start_date: fields.startDate,
    target_date: fields.targetDate,
    status: fields.status,
    resources_note: fields.resourcesNote,
    from_suggestion: null,
    updated_by: tx.actor.userId,
    updated_at: tx.now.toISOString(),
  };
}

function summaryOf(item: Pick<PlanItemRow, 'title' | 'status' | 'sub_domain_key'>) {
  return { title: item.title, status: item.status, subDomainKey: item.sub_domain_key };
}

async function requireItem(
  tx: AssessmentTransaction,
  planItemId: string,
  version: number,
  what: string,
): Promise<PlanItemRow> {
  const item = await planRepository(tx.trx).findItem(tx.assessment.id, planItemId);
  if (!item) {
    throw new NotFoundError(
      `There is no plan item with id "${planItemId}" in this assessment; someone may have removed it.`,
    );
  }
  await requireBaseVersion(
    { version: item.version, name: item.updated_by_name },
    version,
    `${what} "${item.title}"`,
    async () => presentPlanItem(item),
  );
  return item;
}

async function reread(tx: AssessmentTransaction, id: string): Promise<PlanItemView> {
  const row = await planRepository(tx.trx).findItem(tx.assessment.id, id);
  if (!row) throw new Error(`plan item ${id} vanished inside its own transaction`);
  return presentPlanItem(row);
}

export function createPlanItem(
  context: WriteContext,
  assessmentId: string,
  input: CreatePlanItem,
): Promise<PlanItemView> {
  return writeAssessment(
    context,
    assessmentId,
    PERMISSION,
    async (tx) => {
      requireKnownKeys(tx.framework, input, input.fromSuggestion);
      const { id, created_at, version } = newRecordFields(tx.now);
      const row = {
        ...columnsOf(tx, input),
        from_suggestion: input.fromSuggestion,
        id,
        assessment_id: assessmentId,
        created_at,
        version,
      };
      await planRepository(tx.trx).insertItem(row);
      await tx.record({
        action: 'plan-item.create',
        entityType: 'plan_item',
        entityId: id,
        after: row,
        subDomainKey: null,
        subject: 'plan',
        summary: { ...summaryOf(row), fromSuggestion: row.from_suggestion },
        kind: 'plan',
        key: id,
      });
      return reread(tx, id);
    },
    PLAN_WRITE,
  );
}

export function updatePlanItem(
  context: WriteContext,
  ids: { assessmentId: string; planItemId: string },
  input: UpdatePlanItem,
): Promise<PlanItemView> {
  return writeAssessment(
    context,
    ids.assessmentId,
    PERMISSION,
    async (tx) => {
      const before = await requireItem(tx, ids.planItemId, input.version, 'The plan item');
      requireKnownKeys(tx.framework, input, null);
      const after = await planRepository(tx.trx).updateItem(before.id, {
        ...columnsOf(tx, input),
        from_suggestion: before.from_suggestion,
      });
      await tx.record({
        action: 'plan-item.update',
        entityType: 'plan_item',
        entityId: before.id,
        before: withoutName(before),
        after,
        subDomainKey: null,
        subject: 'plan',
        summary: summaryOf(after),
        kind: 'plan',
        key: before.id,
      });
      return reread(tx, before.id);
    },
    PLAN_WRITE,
  );
}

export function deletePlanItem(
  context: WriteContext,
  ids: { assessmentId: string; planItemId: string },
  version: number,
): Promise<void> {
  return writeAssessment(
    context,
    ids.assessmentId,
    PERMISSION,
    async (tx) => {
      const before = await requireItem(tx, ids.planItemId, version, 'The plan item');
      await planRepository(tx.trx).deleteItem(before.id);
      await tx.record({
        action: 'plan-item.delete',
        entityType: 'plan_item',
        entityId: before.id,
        before: withoutName(before),
        subDomainKey: null,
        subject: 'plan',
        summary: summaryOf(before),
        kind: 'plan',
        key: before.id,
      });
    },
    PLAN_WRITE,
  );
}

/** Dismiss a suggestion, or offer it again; only suggestions the agreed stages draft now. */
export function putSuggestionDecision(
  context: WriteContext,
  ids: { assessmentId: string; indicatorKey: string },
  input: PutSuggestionDecision,
): Promise<PlanSuggestionView> {
  return writeAssessment(
    context,
    ids.assessmentId,
    PERMISSION,
    async (tx) => {
      const key = requireIndicator(tx.framework, ids.indicatorKey).key;
      const suggestion = () => findSuggestion(tx.trx, ids.assessmentId, tx.framework, key);
      const current = await suggestion();
      if (!current) {
        throw new NotFoundError(
          `Indicator ${key} is not suggested for this plan: it is met, or its sub-domain has no agreed stage that drafts it.`,
        );
      }
      const plan = planRepository(tx.trx);
      const before = await plan.findDecision(ids.assessmentId, key);
      await requireBaseVersion(
        before && { version: before.version, name: before.updated_by_name },
        input.version,
        `The decision on the suggestion for ${key}`,
        async () => current,
      );
      const changes = {
        dismissed: input.dismissed ? 1 : 0,
        updated_by: tx.actor.userId,
        updated_at: tx.now.toISOString(),
      };
      let after;
      if (before) {
        after = await plan.updateDecision(before.id, changes);
      } else {
        after = {
          ...newRecordFields(tx.now),
          ...changes,
          assessment_id: ids.assessmentId,
          indicator_key: key,
        };
        await plan.insertDecision(after);
      }
      await tx.record({
        action: input.dismissed ? 'plan-suggestion.dismiss' : 'plan-suggestion.offer-again',
        entityType: 'plan_suggestion_decision',
        entityId: after.id,
        before: before && withoutName(before),
        after,
        subDomainKey: null,
        subject: key,
        summary: { dismissed: input.dismissed },
        kind: 'plan',
        key,
      });
      const updated = await suggestion();
      if (!updated) throw new Error(`suggestion ${key} vanished inside its own transaction`);
      return updated;
    },
    PLAN_WRITE,
  );
}
