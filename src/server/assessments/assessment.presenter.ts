import { can, type Actor } from '../../domain/access/index.js';
import type {
  AssessmentPermissions,
  AssessmentSummary,
} from '../../domain/assessment/api/index.js';
import {
  assessmentProgress,
  resultOf,
  subDomainStatus,
  type AgreedResults,
  type AssessmentProgress,
} from '../../domain/assessment/index.js';
import {
  CAPABILITY_KEYS,
  MNR_CAPABILITIES,
  SUB_DOMAIN_KEYS,
} from '../../domain/framework/index.js';
import { contributionCapabilities } from './assessment-access.js';
import type { StoredAssessment } from './assessment.repository.js';

/**
 * Progress over the 21 sub-domains and 6 capabilities. `started` says which sub-domains anyone
 * has rated, proposed a stage for or discussed; a capability has started when one of them has.
 */
export function progressOf(
  subDomainResults: AgreedResults,
  capabilityResults: AgreedResults,
  started: ReadonlySet<string> = new Set(),
): AssessmentProgress {
  return assessmentProgress({
    subDomains: SUB_DOMAIN_KEYS.map((key) =>
      subDomainStatus(resultOf(subDomainResults, key), started.has(key)),
    ),
    capabilities: CAPABILITY_KEYS.map((key) =>
      subDomainStatus(
        resultOf(capabilityResults, key),
        MNR_CAPABILITIES[key].some((subDomain) => started.has(subDomain)),
      ),
    ),
  });
}

export function presentSummary(row: StoredAssessment, progressPercent: number): AssessmentSummary {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    leadBody: row.lead_body,
    frameworkKey: row.framework_key,
    frameworkVersion: row.framework_version,
    state: row.state,
    finalisedAt: row.finalised_at,
    copiedFromId: row.copied_from_id,
    createdAt: row.created_at,
    version: row.version,
    progressPercent,
  };
}

/** What `actor` may do with the assessment; a finalised one is read-only for everyone. */
export function permissionsFor(actor: Actor, row: StoredAssessment): AssessmentPermissions {
  const draft = row.state === 'draft';
  const manage = can(actor, 'assessment.manage', row.organisation_id);
  return {
    update: draft && manage,
    finalise: draft && manage,
    agree: draft && can(actor, 'assessment.agree', row.organisation_id),
    contributeCapabilities: draft ? contributionCapabilities(actor, row.organisation_id) : [],
    copy: !draft && manage,
  };
}
