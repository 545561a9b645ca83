import type { Actor } from '../../domain/access/index.js';
import type { ComparisonQuery, CycleComparisonView } from '../../domain/assessment/api/index.js';
import {
  agreedStageOf,
  compareCycles,
  PLAN_ITEM_STATUSES,
  planOutcome,
  resultOf,
  type CycleResults,
  type StageChange,
} from '../../domain/assessment/index.js';
import type { StageNumber } from '../../domain/framework/index.js';
import { requireOrganisationAccess } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { AppError, NotFoundError } from '../http/problems.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import {
  assessmentRepository,
  type StoredAssessment,
} from '../assessments/assessment.repository.js';
import { progressRepository } from './progress.repository.js';

export class SameAssessmentError extends AppError {
  constructor() {
    super(
      400,
      'same-assessment',
      'Choose two different assessments',
      'The earlier and the later assessment are the same one; choose two different cycles to compare.',
    );
  }
}

async function cycleOf(
  db: Db,
  organisationId: string,
  assessmentId: string,
): Promise<StoredAssessment> {
  const row = await assessmentRepository(db).findById(assessmentId);
  if (!row || row.organisation_id !== organisationId) {
    throw new NotFoundError(
      `This organisation has no assessment with id "${assessmentId}"; choose one of its own cycles.`,
    );
  }
  return row;
}

async function resultsOf(db: Db, assessmentId: string): Promise<CycleResults> {
  const rows = await agreedResultRepository(db).list(assessmentId);
  return {
    subDomains: resultsByKey(rows, 'sub-domain'),
    capabilities: resultsByKey(rows, 'capability'),
  };
}

function reference(row: StoredAssessment): CycleComparisonView['earlier'] {
  return {
    id: row.id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    state: row.state,
  };
}

/** Stage changes between two cycles of one organisation and what became of the earlier plan. */
export async function getCycleComparison(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  query: ComparisonQuery,
): Promise<CycleComparisonView> {
  requireOrganisationAccess(actor, organisationId, 'assessment.read');
  if (query.earlier === query.later) throw new SameAssessmentError();
  const [earlier, later] = await Promise.all([
    cycleOf(db, organisationId, query.earlier),
    cycleOf(db, organisationId, query.later),
  ]);
  const [earlierResults, laterResults, planItems] = await Promise.all([
    resultsOf(db, earlier.id),
    resultsOf(db, later.id),
    progressRepository(db).planItems(earlier.id),
  ]);
  const comparison = compareCycles(earlierResults, laterResults);
  const withStages = <Key extends string>(
    changes: readonly StageChange<Key>[],
    scope: keyof CycleResults,
  ) =>
    changes.map((change) =>
      change.kind === 'compared'
        ? change
        : {
            ...change,
            earlierStage: agreedStageOf(resultOf(earlierResults[scope], change.key)) ?? null,
            laterStage: agreedStageOf(resultOf(laterResults[scope], change.key)) ?? null,
          },
    );
  const outcome = planOutcome(
    planItems.map((item) => ({
      id: item.id,
      title: item.title,
      subDomainKey: item.sub_domain_key,
      status: item.status,
      targetDate: item.target_date,
      targetStage: item.target_stage as StageNumber | null,
    })),
  );
  return {
    earlier: reference(earlier),
    later: reference(later),
    subDomains: withStages(comparison.subDomains, 'subDomains'),
    capabilities: withStages(comparison.capabilities, 'capabilities'),
    subDomainSummary: comparison.subDomainSummary,
    capabilitySummary: comparison.capabilitySummary,
    plan: {
      total: outcome.total,
      percentDone: outcome.percentDone,
      groups: PLAN_ITEM_STATUSES.map((status) => ({ status, items: outcome.items[status] })),
    },
  };
}
