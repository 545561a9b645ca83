import type { AgreedResultView, PutSubDomainResult } from '../../domain/assessment/api/index.js';
import {
  agreedResultProblems,
  rollUpCapabilities,
  suggestedStage,
  type AgreedResult,
  type SuggestedStage,
} from '../../domain/assessment/index.js';
import type { AgreedResultScope } from '../db/schema.js';
import { UnprocessableError } from '../http/problems.js';
import { newRecordFields } from '../shared/records.js';
import { requireCapability, requireSubDomain } from './assessment-framework.js';
import {
  writeAssessment,
  type AssessmentTransaction,
  type WriteContext,
} from './assessment-write.js';
import { presentResultView, resultsByKey } from './agreed-result.presenter.js';
import { agreedResultRepository, type StoredResult } from './agreed-result.repository.js';
import { requireBaseVersion } from './base-version.js';
import { ratingsByKey } from './indicator-rating.presenter.js';
import { indicatorRatingRepository } from './indicator-rating.repository.js';
import { withoutName } from './stamp.js';

/** A stage that departs from the suggestion needs a rationale: 422 naming the field. */
function requireRationale(result: AgreedResult, suggested: SuggestedStage | undefined): void {
  const problems = agreedResultProblems(result, suggested);
  const [problem] = problems;
  if (!problem) return;
  const suggestion =
    suggested === undefined
      ? 'there is no suggested stage yet (a sub-domain of this capability is still open)'
      : suggested === 0
        ? 'the indicators suggest no stage yet'
        : `the indicators suggest stage ${suggested}`;
  throw new UnprocessableError(
    `You agreed stage ${problem.agreedStage} where ${suggestion}: add a rationale that explains the difference.`,
    {
      errors: problems.map((item) => ({
        path: `body.result.${item.path.join('.')}`,
        message: item.message,
      })),
    },
  );
}

type Subject = {
  scope: AgreedResultScope;
  key: string;
  label: string;
  suggested: SuggestedStage | undefined;
};

async function saveResult(
  tx: AssessmentTransaction,
  subject: Subject,
  input: PutSubDomainResult,
): Promise<AgreedResultView> {
  const { assessment } = tx;
  const results = agreedResultRepository(tx.trx);
  const before = await results.find(assessment.id, subject.scope, subject.key);
  await requireBaseVersion(
    before && { version: before.version, name: before.updated_by_name },
    input.version,
    `The agreed result of ${subject.label}`,
    async () => presentResultView(subject.key, before, subject.suggested),
  );
  requireRationale(input.result, subject.suggested);
  const changes = {
    result: JSON.stringify(input.result),
    updated_by: tx.actor.userId,
    updated_at: tx.now.toISOString(),
  };
  let after: StoredResult;
  if (before) {
    after = await results.update(before.id, changes);
  } else {
    after = {
      ...newRecordFields(tx.now),
      ...changes,
      assessment_id: assessment.id,
      scope: subject.scope,
      subject_key: subject.key,
    };
    await results.insert([after]);
  }
  const isSubDomain = subject.scope === 'sub-domain';
  await tx.record({
    action: isSubDomain ? 'sub-domain-result.set' : 'capability-result.set',
    entityType: isSubDomain ? 'sub_domain_result' : 'capability_result',
    entityId: after.id,
    before: before && withoutName(before),
    after,
    subDomainKey: isSubDomain ? subject.key : null,
    subject: isSubDomain ? 'result' : subject.key,
    summary: {
      result: input.result,
      previous: before ? JSON.parse(before.result) : null,
      suggestedStage: subject.suggested ?? null,
    },
    kind: isSubDomain ? 'result' : 'capability',
    key: subject.key,
  });
  const saved = await results.find(assessment.id, subject.scope, subject.key);
  return presentResultView(subject.key, saved, subject.suggested);
}

/** The stage the group agreed for a sub-domain, checked against the indicator checklist. */
export function putSubDomainResult(
  context: WriteContext,
  ids: { assessmentId: string; subDomainKey: string },
  input: PutSubDomainResult,
): Promise<AgreedResultView> {
  return writeAssessment(context, ids.assessmentId, 'assessment.agree', async (tx) => {
    const subDomain = requireSubDomain(tx.framework, ids.subDomainKey);
    const ratings = await indicatorRatingRepository(tx.trx).list(ids.assessmentId, {
      subDomainKey: subDomain.key,
    });
    const suggested = suggestedStage(subDomain.indicators, ratingsByKey(ratings));
    return saveResult(
      tx,
      { scope: 'sub-domain', key: subDomain.key, label: subDomain.key, suggested },
      input,
    );
  });
}

/** The stage the group agreed for a capability, checked against the roll-up of its sub-domains. */
export function putCapabilityResult(
  context: WriteContext,
  ids: { assessmentId: string; capabilityKey: string },
  input: PutSubDomainResult,
): Promise<AgreedResultView> {
  return writeAssessment(context, ids.assessmentId, 'assessment.agree', async (tx) => {
    const capability = requireCapability(tx.framework, ids.capabilityKey);
    const subDomainResults = await agreedResultRepository(tx.trx).list(
      ids.assessmentId,
      'sub-domain',
    );
    const rollUp = rollUpCapabilities(
      resultsByKey(subDomainResults, 'sub-domain'),
      tx.framework.rollUp,
    )[capability];
    return saveResult(
      tx,
      { scope: 'capability', key: capability, label: capability, suggested: rollUp.suggestedStage },
      input,
    );
  });
}
