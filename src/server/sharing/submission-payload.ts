import type { SharedResult } from '../../domain/aggregation/index.js';
import {
  PLAN_ITEM_STATUSES,
  type AgreedResult,
  type IndicatorStatus,
  type PlanItemStatus,
} from '../../domain/assessment/index.js';
import type { CapabilityKey, SubDomainKey } from '../../domain/framework/index.js';
import {
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type Consent,
  type ExchangeInterest,
  type SubmissionPayload,
} from '../../domain/sharing/index.js';
import type { StoredAssessment } from '../assessments/assessment.repository.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';

/** Where the classification in a submission comes from: what the organisation's record says. */
export const CLASSIFICATION_SOURCE =
  'As recorded for the organisation: UN M49 region, World Bank income group.';

export type PayloadSource = {
  submissionId: string;
  createdAt: string;
  organisation: StoredOrganisation;
  countryName: string;
  assessment: StoredAssessment & { finalised_at: string };
  cycle: string;
  consent: Consent;
  contact: SubmissionPayload['contact'];
  subDomainKeys: readonly SubDomainKey[];
  capabilityKeys: readonly CapabilityKey[];
  subDomainResults: Readonly<Partial<Record<string, AgreedResult>>>;
  capabilityResults: Readonly<Partial<Record<string, AgreedResult>>>;
  exchange: Readonly<Partial<Record<string, ExchangeInterest>>>;
  /** Present only when the scope includes them. */
  indicatorStatuses:
    { subDomainKey: string; indicatorKey: string; status: IndicatorStatus }[] | null;
  planItems: { subDomainKey: string; status: PlanItemStatus }[] | null;
};

/** What a country shares of an agreed result: the stage, not applicable, or nothing (not assessed). */
export function sharedResult(result: AgreedResult | undefined): SharedResult | null {
  if (!result || result.kind === 'not-assessed') return null;
  return result.kind === 'stage' ? result.stage : 'not-applicable';
}

/**
 * The payload a lead signs: stages (and, if chosen, indicator statuses and plan counts), never
 * rationales, evidence, discussion or who said what.
 */
export function submissionPayload(source: PayloadSource): SubmissionPayload {
  const { organisation, assessment } = source;
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    submissionId: source.submissionId,
    createdAt: source.createdAt,
    country: {
      code: organisation.country_code,
      name: source.countryName,
      region: organisation.region,
      subRegion: organisation.sub_region ?? null,
      incomeGroup: organisation.income_group,
      governmentSystem: organisation.government_system ?? 'centralised',
      classificationSource: CLASSIFICATION_SOURCE,
    },
    cycle: source.cycle,
    assessment: {
      periodStart: assessment.period_start,
      periodEnd: assessment.period_end,
      finalisedAt: assessment.finalised_at,
      frameworkKey: assessment.framework_key,
      frameworkVersion: assessment.framework_version,
    },
    consent: source.consent,
    subDomains: source.subDomainKeys.map((key) => ({
      key,
      result: sharedResult(source.subDomainResults[key]),
      exchange: source.exchange[key] ?? 'none',
      indicatorStatuses: source.indicatorStatuses
        ? Object.fromEntries(
            source.indicatorStatuses
              .filter((rating) => rating.subDomainKey === key)
              .map((rating) => [rating.indicatorKey, rating.status]),
          )
        : null,
    })),
    capabilities: source.capabilityKeys.map((key) => ({
      key,
      result: sharedResult(source.capabilityResults[key]),
    })),
    planSummary: source.planItems ? planSummary(source.planItems) : null,
    contact: source.contact,
  };
}

function planSummary(
  items: readonly { subDomainKey: string; status: PlanItemStatus }[],
): NonNullable<SubmissionPayload['planSummary']> {
  const byStatus = Object.fromEntries(PLAN_ITEM_STATUSES.map((status) => [status, 0])) as Record<
    PlanItemStatus,
    number
  >;
  const bySubDomain = new Map<string, number>();
  for (const item of items) {
    byStatus[item.status] += 1;
    bySubDomain.set(item.subDomainKey, (bySubDomain.get(item.subDomainKey) ?? 0) + 1);
  }
  return {
    total: items.length,
    byStatus,
    bySubDomain: [...bySubDomain]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, count]) => ({ key: key as SubDomainKey, items: count })),
  };
}
