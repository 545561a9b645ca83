import { randomUUID } from 'node:crypto';
import type { AddEvidenceLink, IndicatorRatingView } from '../../domain/assessment/api/index.js';
import { requireContributionScope } from '../assessments/assessment-access.js';
import { requireIndicator } from '../assessments/assessment-framework.js';
import { writeAssessment, type WriteContext } from '../assessments/assessment-write.js';
import type { IndicatorIds } from '../assessments/indicator-rating.commands.js';
import { loadRatingView } from '../assessments/indicator-rating.queries.js';
import { NotFoundError } from '../http/problems.js';
import { omit } from '../shared/records.js';
import { evidenceRepository, type StoredLink } from './evidence.repository.js';

/** Adds a link to an indicator's evidence; links are added and removed, never edited. */
export function addEvidenceLink(
  context: WriteContext,
  { assessmentId, indicatorKey }: IndicatorIds,
  input: AddEvidenceLink,
): Promise<IndicatorRatingView> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    const indicator = requireIndicator(tx.framework, indicatorKey);
    requireContributionScope(tx.actor, tx.assessment.organisation_id, indicator.capabilityKey);
    const link: StoredLink = {
      id: randomUUID(),
      assessment_id: assessmentId,
      sub_domain_key: indicator.subDomainKey,
      indicator_key: indicatorKey,
      url: input.url,
      label: input.label,
      added_by: tx.actor.userId,
      added_at: tx.now.toISOString(),
    };
    await evidenceRepository(tx.trx).insertLinks([link]);
    await tx.record({
      action: 'evidence-link.add',
      entityType: 'evidence_link',
      entityId: link.id,
      after: link,
      subDomainKey: indicator.subDomainKey,
      subject: indicatorKey,
      summary: { url: link.url, label: link.label },
      kind: 'evidence',
      key: indicatorKey,
    });
    return loadRatingView(tx.trx, assessmentId, indicatorKey);
  });
}

export function removeEvidenceLink(
  context: WriteContext,
  { assessmentId, indicatorKey, linkId }: IndicatorIds & { linkId: string },
): Promise<IndicatorRatingView> {
  return writeAssessment(context, assessmentId, 'assessment.contribute', async (tx) => {
    const indicator = requireIndicator(tx.framework, indicatorKey);
    requireContributionScope(tx.actor, tx.assessment.organisation_id, indicator.capabilityKey);
    const evidence = evidenceRepository(tx.trx);
    const link = await evidence.findLink(assessmentId, linkId);
    if (!link || link.indicator_key !== indicatorKey) {
      throw new NotFoundError(`${indicatorKey} has no evidence link with id "${linkId}".`);
    }
    await evidence.deleteLink(link.id);
    await tx.record({
      action: 'evidence-link.remove',
      entityType: 'evidence_link',
      entityId: link.id,
      before: omit(link, 'added_by_name'),
      subDomainKey: indicator.subDomainKey,
      subject: indicatorKey,
      summary: { url: link.url, label: link.label, removed: true },
      kind: 'evidence',
      key: indicatorKey,
    });
    return loadRatingView(tx.trx, assessmentId, indicatorKey);
  });
}
