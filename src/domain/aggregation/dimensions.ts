import { GOVERNMENT_SYSTEMS, INCOME_GROUPS, REGIONS } from '../organisations/reference.js';
import type { AggregationSubmission, Dimension } from './aggregation.schemas.js';
import { compareCycleLabels } from './cycle-order.js';

/** The row of countries whose region or income group is not recorded. */
export const UNCLASSIFIED = 'unclassified';

/**
 * A dimension's rows in its fixed order, whatever the counts in them: regions, income groups
 * and systems as defined (every one, even if empty), cycles ascending (those present).
 */
export function groupsOf(by: Dimension, submissions: readonly AggregationSubmission[]): string[] {
  switch (by) {
    case 'region':
      return [...REGIONS, UNCLASSIFIED];
    case 'income':
      return [...INCOME_GROUPS, UNCLASSIFIED];
    case 'system':
      return [...GOVERNMENT_SYSTEMS];
    case 'cycle':
      return [...new Set(submissions.map(({ cycle }) => cycle))].sort(compareCycleLabels);
  }
}

export function groupOf(by: Dimension, submission: AggregationSubmission): string {
  switch (by) {
    case 'region':
      return submission.region ?? UNCLASSIFIED;
    case 'income':
      return submission.incomeGroup ?? UNCLASSIFIED;
    case 'system':
      return submission.governmentSystem;
    case 'cycle':
      return submission.cycle;
  }
}
