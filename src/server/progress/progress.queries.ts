import type { Actor } from '../../domain/access/index.js';
import type { OrganisationProgress } from '../../domain/assessment/api/index.js';
import { isOverdue, nextAssessmentDue, resultOf } from '../../domain/assessment/index.js';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../../domain/framework/index.js';
import { requireOrganisationAccess } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import { stageTotals } from '../results/stage-totals.js';

/** The calendar date (UTC) of a stored timestamp. */
export function calendarDateOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/**
 * Every cycle of the organisation with its agreed stages, oldest first, for a trend over all
 * cycles, and when the next one is due: `months` after the last sign-off.
 */
export async function getOrganisationProgress(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  options: { reassessmentMonths: number; now: Date },
): Promise<OrganisationProgress> {
  requireOrganisationAccess(actor, organisationId, 'assessment.read');
  const newestFirst = await assessmentRepository(db).listForOrganisation(organisationId);
  const results = await agreedResultRepository(db).listForAssessments(
    newestFirst.map((row) => row.id),
  );
  const currentDraft = newestFirst.find((row) => row.state === 'draft');
  const cycles = [...newestFirst].reverse().map((row) => {
    const own = results.filter((result) => result.assessment_id === row.id);
    const subDomainResults = resultsByKey(own, 'sub-domain');
    const capabilityResults = resultsByKey(own, 'capability');
    const subDomains = SUB_DOMAIN_KEYS.map((key) => ({
      key,
      result: resultOf(subDomainResults, key),
    }));
    return {
      id: row.id,
      title: row.title,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      state: row.state,
      finalisedAt: row.finalised_at,
      current: row.id === currentDraft?.id,
      subDomains,
      capabilities: CAPABILITY_KEYS.map((key) => ({
        key,
        result: resultOf(capabilityResults, key),
      })),
      subDomainTotals: stageTotals(subDomains.map(({ result }) => result)),
    };
  });
  const signOffs = newestFirst.flatMap((row) =>
    row.finalised_at ? [calendarDateOf(row.finalised_at)] : [],
  );
  const lastFinalised = signOffs.length > 0 ? signOffs.reduce((a, b) => (a > b ? a : b)) : null;
  const nextDue = lastFinalised
    ? nextAssessmentDue(lastFinalised, options.reassessmentMonths)
    : null;
  return {
    organisationId,
    cycles,
    lastFinalised,
    reassessmentMonths: options.reassessmentMonths,
    nextDue,
    overdue: nextDue !== null && isOverdue(nextDue, calendarDateOf(options.now.toISOString())),
  };
}
