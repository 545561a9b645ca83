import type { Actor } from '../../domain/access/index.js';
import type { NationalView, StageDistributionView } from '../../domain/assessment/api/index.js';
import {
  STAGE_NUMBERS,
  stageDistributions,
  type AgreedResults,
  type StageDistribution,
} from '../../domain/assessment/index.js';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../../domain/framework/index.js';
import { organisationNotFound, requireOrganisationAccess } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { AppError } from '../http/problems.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import type { StoredAssessment } from '../assessments/assessment.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { progressRepository } from './progress.repository.js';

export class NotFederalError extends AppError {
  constructor(name: string) {
    super(
      400,
      'not-federal',
      'No national view for this organisation',
      `${name} is not the national organisation of a federal country; the national view brings together the jurisdictions of one.`,
    );
  }
}

function present(distribution: StageDistribution): StageDistributionView {
  return {
    key: distribution.key,
    min: distribution.min ?? null,
    medianLow: distribution.medianLow ?? null,
    medianHigh: distribution.medianHigh ?? null,
    max: distribution.max ?? null,
    counts: STAGE_NUMBERS.map((stage) => ({ stage, count: distribution.counts[stage] })),
    notApplicable: distribution.notApplicable,
    notAssessed: distribution.notAssessed,
    noAssessment: distribution.noAssessment,
  };
}

/**
 * A federal country's picture across its jurisdictions, each by its latest finalised assessment:
 * minimum, the middle values and maximum, and how many sit at each stage.
 */
export async function getNationalView(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<NationalView> {
  requireOrganisationAccess(actor, organisationId, 'assessment.read');
  const organisations = organisationRepository(db);
  const organisation = await organisations.findById(organisationId);
  if (!organisation) throw organisationNotFound(organisationId);
  if (organisation.kind !== 'national' || organisation.government_system !== 'federal') {
    throw new NotFederalError(organisation.name);
  }
  const jurisdictions = await organisations.listChildren([organisationId]);
  const latest = new Map<string, StoredAssessment>();
  for (const row of await progressRepository(db).finalisedFor(jurisdictions.map((j) => j.id))) {
    if (!latest.has(row.organisation_id)) latest.set(row.organisation_id, row);
  }
  const rows = await agreedResultRepository(db).listForAssessments(
    [...latest.values()].map((row) => row.id),
  );
  const resultsFor = (scope: 'sub-domain' | 'capability') =>
    jurisdictions.map((jurisdiction): AgreedResults | null => {
      const assessment = latest.get(jurisdiction.id);
      if (!assessment) return null;
      return resultsByKey(
        rows.filter((row) => row.assessment_id === assessment.id),
        scope,
      );
    });
  return {
    organisationId,
    jurisdictions: jurisdictions.map((jurisdiction) => {
      const assessment = latest.get(jurisdiction.id);
      return {
        id: jurisdiction.id,
        name: jurisdiction.name,
        assessment: assessment
          ? {
              id: assessment.id,
              title: assessment.title,
              periodStart: assessment.period_start,
              periodEnd: assessment.period_end,
              state: assessment.state,
              finalisedAt: assessment.finalised_at,
            }
          : null,
      };
    }),
    subDomains: stageDistributions(SUB_DOMAIN_KEYS, resultsFor('sub-domain')).map(present),
    capabilities: stageDistributions(CAPABILITY_KEYS, resultsFor('capability')).map(present),
  };
}
