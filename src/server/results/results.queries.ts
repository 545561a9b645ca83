import type { Actor } from '../../domain/access/index.js';
import type { ResultsSummary } from '../../domain/assessment/api/index.js';
import {
  consistencyWarnings,
  interdependencyFlags,
  resultHighlights,
  resultOf,
  rollUpCapabilities,
  stageCounts,
  suggestedStage,
  type ConsistencyWarning,
} from '../../domain/assessment/index.js';
import {
  CAPABILITY_KEYS,
  MNR_CAPABILITIES,
  type StageNumber,
} from '../../domain/framework/index.js';
import type { Db } from '../db/database.js';
import { resultsByKey } from '../assessments/agreed-result.presenter.js';
import { agreedResultRepository } from '../assessments/agreed-result.repository.js';
import { presentSummary, progressOf } from '../assessments/assessment.presenter.js';
import { readAssessment } from '../assessments/assessment-write.js';
import { presentEnablerNote } from '../assessments/enabler-note.presenter.js';
import { enablerNoteRepository } from '../assessments/enabler-note.repository.js';
import { ratingsByKey } from '../assessments/indicator-rating.presenter.js';
import { indicatorRatingRepository } from '../assessments/indicator-rating.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { planTargetRepository } from './plan-target.repository.js';
import { stageTotals } from './stage-totals.js';

function highest(stages: readonly (number | undefined)[]): StageNumber | null {
  const known = stages.filter((stage): stage is number => stage !== undefined);
  return known.length > 0 ? (Math.max(...known) as StageNumber) : null;
}

function countWarnings(warnings: readonly ConsistencyWarning[][]): ResultsSummary['warnings'] {
  const all = warnings.flat();
  const ofType = (type: ConsistencyWarning['type']) =>
    all.filter((warning) => warning.type === type).length;
  return {
    total: all.length,
    subDomains: warnings.filter((list) => list.length > 0).length,
    agreedAboveSuggestion: ofType('agreed-above-suggestion'),
    unmetAtOrBelowAgreed: ofType('unmet-at-or-below-agreed'),
    nextStageMet: ofType('next-stage-met'),
  };
}

/** The results summary: the maturity profile a group shows its minister. */
export async function getResultsSummary(
  db: Db,
  actor: Actor | null,
  assessmentId: string,
): Promise<ResultsSummary> {
  const { assessment, framework } = await readAssessment(db, actor, assessmentId);
  const [organisation, ratingRows, resultRows, notes, targets] = await Promise.all([
    organisationRepository(db).findById(assessment.organisation_id),
    indicatorRatingRepository(db).listStatuses(assessmentId),
    agreedResultRepository(db).list(assessmentId),
    enablerNoteRepository(db).list(assessmentId),
    planTargetRepository(db).highestBySubDomain(assessmentId),
  ]);
  const ratings = ratingsByKey(ratingRows);
  const subDomainResults = resultsByKey(resultRows, 'sub-domain');
  const capabilityResults = resultsByKey(resultRows, 'capability');
  const rollUps = rollUpCapabilities(subDomainResults, framework.rollUp);
  const highlights = resultHighlights(framework.subDomains, subDomainResults, ratings);
  const notesByKey = new Map(notes.map((note) => [note.enabler_key, note]));

  const warnings = framework.subDomains.map((subDomain) =>
    consistencyWarnings(subDomain.indicators, ratings, resultOf(subDomainResults, subDomain.key)),
  );
  const subDomains = framework.subDomains.map((subDomain, index) => ({
    key: subDomain.key,
    number: subDomain.number,
    capabilityKey: subDomain.capabilityKey,
    result: resultOf(subDomainResults, subDomain.key),
    suggestedStage: suggestedStage(subDomain.indicators, ratings),
    stageCounts: stageCounts(subDomain.indicators, ratings),
    targetStage: highest([targets.get(subDomain.key)]),
    warnings: warnings[index]?.length ?? 0,
  }));

  return {
    assessment: presentSummary(assessment, progressOf(subDomainResults, capabilityResults).percent),
    organisationName: organisation?.name ?? '',
    subDomains,
    capabilities: CAPABILITY_KEYS.map((key) => {
      const rollUp = rollUps[key];
      return {
        key,
        result: resultOf(capabilityResults, key),
        suggestedStage: rollUp.suggestedStage ?? null,
        spread: { min: rollUp.spread.min ?? null, max: rollUp.spread.max ?? null },
        notAssessed: rollUp.notAssessed,
        notApplicable: rollUp.notApplicable,
        targetStage: highest(MNR_CAPABILITIES[key].map((subDomain) => targets.get(subDomain))),
      };
    }),
    subDomainTotals: stageTotals(subDomains.map(({ result }) => result)),
    lowestStage: highlights.lowestStage ?? null,
    strengths: highlights.strengths,
    gaps: highlights.gaps,
    interdependencyFlags: interdependencyFlags(framework.subDomains, subDomainResults),
    enablers: framework.enablerKeys.map((key) => presentEnablerNote(key, notesByKey.get(key))),
    warnings: countWarnings(warnings),
  };
}
