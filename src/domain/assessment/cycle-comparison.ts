import {
  CAPABILITY_KEYS,
  SUB_DOMAIN_KEYS,
  type CapabilityKey,
  type StageNumber,
  type SubDomainKey,
} from '../framework/mnr-structure.js';
import {
  PLAN_ITEM_STATUSES,
  type AgreedResult,
  type AgreedResults,
  type PlanItemStatus,
} from './assessment.schemas.js';
import { resultOf } from './agreed-result.js';
import { progressPercent } from './progress.js';

export type StageChange<Key extends string = string> =
  | { key: Key; kind: 'compared'; earlier: StageNumber; later: StageNumber; delta: number }
  | {
      key: Key;
      kind: 'not-comparable';
      /** What each cycle recorded, so the UI can say why (e.g. "not applicable in 2024"). */
      earlier: AgreedResult['kind'];
      later: AgreedResult['kind'];
    };

/** Only two agreed stages compare; not applicable or not assessed on either side does not. */
export function compareStage<Key extends string>(
  key: Key,
  earlier: AgreedResult,
  later: AgreedResult,
): StageChange<Key> {
  if (earlier.kind === 'stage' && later.kind === 'stage') {
    return {
      key,
      kind: 'compared',
      earlier: earlier.stage,
      later: later.stage,
      delta: later.stage - earlier.stage,
    };
  }
  return { key, kind: 'not-comparable', earlier: earlier.kind, later: later.kind };
}

export type ChangeSummary = {
  improved: number;
  unchanged: number;
  declined: number;
  notComparable: number;
  /** Sum of the deltas of the comparable items. */
  netChange: number;
};

export function summariseChanges(changes: readonly StageChange[]): ChangeSummary {
  const summary = { improved: 0, unchanged: 0, declined: 0, notComparable: 0, netChange: 0 };
  for (const change of changes) {
    if (change.kind === 'not-comparable') summary.notComparable += 1;
    else {
      summary.netChange += change.delta;
      if (change.delta > 0) summary.improved += 1;
      else if (change.delta < 0) summary.declined += 1;
      else summary.unchanged += 1;
    }
  }
  return summary;
}

export type CycleResults = { subDomains: AgreedResults; capabilities: AgreedResults };

export type CycleComparison = {
  subDomains: StageChange<SubDomainKey>[];
  capabilities: StageChange<CapabilityKey>[];
  subDomainSummary: ChangeSummary;
  capabilitySummary: ChangeSummary;
};

/**
 * Stage changes between two cycles of the same organisation, over every MNR sub-domain and
 * capability in MNR order. Keys are stable across framework versions, so cycles made against
 * different versions still compare.
 */
export function compareCycles(earlier: CycleResults, later: CycleResults): CycleComparison {
  const subDomains = SUB_DOMAIN_KEYS.map((key) =>
    compareStage(key, resultOf(earlier.subDomains, key), resultOf(later.subDomains, key)),
  );
  const capabilities = CAPABILITY_KEYS.map((key) =>
    compareStage(key, resultOf(earlier.capabilities, key), resultOf(later.capabilities, key)),
  );
  return {
    subDomains,
    capabilities,
    subDomainSummary: summariseChanges(subDomains),
    capabilitySummary: summariseChanges(capabilities),
  };
}

export type PlanOutcome<Item> = {
  total: number;
  counts: Record<PlanItemStatus, number>;
  items: Record<PlanItemStatus, Item[]>;
  /** Share of the earlier plan done, never 100 while an item is open. */
  percentDone: number;
};

/** What became of the earlier cycle's plan items, grouped by status in their given order. */
export function planOutcome<Item extends { readonly status: PlanItemStatus }>(
  planItems: readonly Item[],
): PlanOutcome<Item> {
  const items = Object.fromEntries(
    PLAN_ITEM_STATUSES.map((status) => [
      status,
      planItems.filter((item) => item.status === status),
    ]),
  ) as Record<PlanItemStatus, Item[]>;
  const counts = Object.fromEntries(
    PLAN_ITEM_STATUSES.map((status) => [status, items[status].length]),
  ) as Record<PlanItemStatus, number>;
  return {
    total: planItems.length,
    counts,
    items,
    percentDone: progressPercent(counts.done, planItems.length),
  };
}
