import { SUB_DOMAIN_STATUSES, type SubDomainStatus } from './assessment.schemas.js';

/**
 * Whole percent done, rounded to the nearest (3 of 7 is 43), but held between 1 and 99 while
 * part is done: "100%" would say nothing is left and "0%" that nothing has started.
 */
export function progressPercent(done: number, total: number): number {
  if (total <= 0 || done <= 0) return 0;
  if (done >= total) return 100;
  return Math.min(99, Math.max(1, Math.round((done * 100) / total)));
}

/**
 * Writes a whole percent from `progressPercent` as the locale writes one: "43%" in English,
 * "43 %" in French, "%43" in Turkish.
 */
export function percentFormatter(locale: string): (percent: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (percent) => format.format(percent / 100);
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
