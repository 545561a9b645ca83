import { SUB_DOMAIN_STATUSES, type SubDomainStatus } from './assessment.schemas.js';

/**
 * Whole percent done, rounded down and held at 99 until everything is done, so "100%" never
 * shows while anything is left.
 */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.floor((Math.max(0, done) * 100) / total));
}

export type StatusCounts = Record<SubDomainStatus, number>;

export type AssessmentProgress = {
  subDomains: StatusCounts;
  capabilities: StatusCounts;
  /** Agreed or not applicable, over sub-domains and capabilities together. */
  done: number;
  total: number;
  percent: number;
};

function countStatuses(statuses: readonly SubDomainStatus[]): StatusCounts {
  const counts = Object.fromEntries(SUB_DOMAIN_STATUSES.map((status) => [status, 0]));
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts as StatusCounts;
}

function decided(counts: StatusCounts): number {
  return counts.agreed + counts['not-applicable'];
}

/** Progress over the 21 sub-domains and 6 capabilities from their overview statuses. */
export function assessmentProgress(statuses: {
  subDomains: readonly SubDomainStatus[];
  capabilities: readonly SubDomainStatus[];
}): AssessmentProgress {
  const subDomains = countStatuses(statuses.subDomains);
  const capabilities = countStatuses(statuses.capabilities);
  const done = decided(subDomains) + decided(capabilities);
  const total = statuses.subDomains.length + statuses.capabilities.length;
  return { subDomains, capabilities, done, total, percent: progressPercent(done, total) };
}
