import {
  aggregateStages,
  stageTrends,
  supportInterest,
  type Dimension,
  type StageDistributions,
  type StageTrends,
  type SupportInterest,
} from '../../domain/aggregation/index.js';
import type { Db } from '../db/database.js';
import { receivedSubmissionsForAggregation } from '../sharing/received-submissions.js';

/**
 * The secretariat's aggregate figures, worked out afresh from the received submissions on every
 * request: nothing aggregated is stored, so a withdrawn submission leaves the figures at once.
 * `k` comes from configuration (AGGREGATE_MIN_COUNTRIES), never from the request.
 */
export async function stageDistributions(
  db: Db,
  by: Dimension,
  k: number,
): Promise<StageDistributions> {
  return aggregateStages(await receivedSubmissionsForAggregation(db), { by, k });
}

export async function cycleTrends(db: Db, k: number): Promise<StageTrends> {
  return stageTrends(await receivedSubmissionsForAggregation(db), { k });
}

export async function supportInterestOf(db: Db, k: number): Promise<SupportInterest> {
  return supportInterest(await receivedSubmissionsForAggregation(db), { k });
}

/** Everything an export holds, from one read of the submissions so its parts agree. */
export async function aggregateReport(db: Db, by: Dimension, k: number) {
  const submissions = await receivedSubmissionsForAggregation(db);
  return {
    distributions: aggregateStages(submissions, { by, k }),
    trends: stageTrends(submissions, { k }),
    support: supportInterest(submissions, { k }),
  };
}
export type AggregateReport = Awaited<ReturnType<typeof aggregateReport>>;
