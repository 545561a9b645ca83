import type { IndicatorRatingView, PutIndicatorRating } from '../../domain/assessment/api/index.js';
import { newRecordFields } from '../shared/records.js';
import { requireContributionScope } from './assessment-access.js';
import { requireIndicator } from './assessment-framework.js';
import { writeAssessment, type WriteContext } from './assessment-write.js';
import { requireBaseVersion } from './base-version.js';
import { loadRatingView } from './indicator-rating.queries.js';
import { indicatorRatingRepository, type StoredRating } from './indicator-rating.repository.js';
import { withoutName } from './stamp.js';

export type IndicatorIds = { assessmentId: string; indicatorKey: string };

/** Records an indicator's status and evidence text, based on the version the person saw. */
export function putIndicatorRating(
  context: WriteContext,
  { assessmentId, indicatorKey }: IndicatorIds,
  input: PutIndicatorRating,
): Promise<IndicatorRatingView> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    const indicator = requireIndicator(tx.framework, indicatorKey);
    requireContributionScope(tx.actor, tx.assessment.organisation_id, indicator.capabilityKey);
    const ratings = indicatorRatingRepository(tx.trx);
    const before = await ratings.find(assessmentId, indicatorKey);
    await requireBaseVersion(
      before && { version: before.version, name: before.updated_by_name },
      input.version,
      `The rating of ${indicatorKey}`,
      () => loadRatingView(tx.trx, assessmentId, indicatorKey),
    );
    const changes = {
      status: input.status,
      evidence_text: input.evidenceText,
      updated_by: tx.actor.userId,
      updated_at: tx.now.toISOString(),
    };
    let after: StoredRating;
    if (before) {
      after = await ratings.update(before.id, changes);
    } else {
      after = {
        ...newRecordFields(tx.now),
        ...changes,
        assessment_id: assessmentId,
        sub_domain_key: indicator.subDomainKey,
        indicator_key: indicatorKey,
      };
      await ratings.insert([after]);
    }
    await tx.record({
      action: before ? 'indicator-rating.update' : 'indicator-rating.create',
      entityType: 'indicator_rating',
      entityId: after.id,
      before: before && withoutName(before),
      after,
      subDomainKey: indicator.subDomainKey,
      subject: indicatorKey,
      summary: {
        status: after.status,
        previousStatus: before?.status ?? null,
        evidenceChanged: (before?.evidence_text ?? '') !== after.evidence_text,
      },
      kind: 'rating',
      key: indicatorKey,
    });
    return loadRatingView(tx.trx, assessmentId, indicatorKey);
  });
}
