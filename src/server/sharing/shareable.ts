import { sharesWithAlliance } from '../../domain/sharing/index.js';
import type { StoredAssessment } from '../assessments/assessment.repository.js';
import type { StoredOrganisation } from '../organisations/organisation.repository.js';

/**
 * Why an assessment cannot be shared, or null when it can: only a signed-off result is shared,
 * and only the national picture (a federal country's jurisdictions keep theirs domestic).
 */
export function notShareableReason(
  assessment: Pick<StoredAssessment, 'state'>,
  organisation: Pick<StoredOrganisation, 'kind'>,
): string | null {
  if (!sharesWithAlliance(organisation.kind)) {
    return 'Only the national organisation shares results with the Alliance; a jurisdiction’s results stay in the country. Share the national assessment instead.';
  }
  if (assessment.state !== 'finalised') {
    return 'Only a finalised assessment can be shared: finalise it first, so what is shared is the signed-off result.';
  }
  return null;
}
