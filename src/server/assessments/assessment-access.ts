import {
  canContributeTo,
  membershipIn,
  type Actor,
  type OrganisationPermission,
} from '../../domain/access/index.js';
import { CAPABILITY_KEYS, type CapabilityKey } from '../../domain/framework/index.js';
import { requireOrganisationAccess, requireSignedIn } from '../access/require-access.js';
import { AppError, ForbiddenError, NotFoundError } from '../http/problems.js';
import type { StoredAssessment } from './assessment.repository.js';

export function assessmentNotFound(assessmentId: string): NotFoundError {
  return new NotFoundError(`There is no assessment with id "${assessmentId}".`);
}

/**
 * The same rule as for organisations: whoever may not see the assessment's organisation gets
 * 404, as if the assessment did not exist; whoever may see it but not do this gets 403.
 */
export function requireAssessmentAccess(
  actor: Actor | null,
  assessmentId: string,
  organisationId: string | undefined,
  permission: OrganisationPermission,
): Actor {
  const signedIn = requireSignedIn(actor);
  if (organisationId === undefined) throw assessmentNotFound(assessmentId);
  try {
    return requireOrganisationAccess(signedIn, organisationId, permission);
  } catch (error) {
    if (error instanceof NotFoundError) throw assessmentNotFound(assessmentId);
    throw error;
  }
}

/** A finalised assessment is a signed-off record: every write is refused. */
export class AssessmentFinalisedError extends AppError {
  constructor(finalisedAt: string) {
    super(
      409,
      'assessment-finalised',
      'This assessment is finalised',
      `This assessment was finalised on ${finalisedAt.slice(0, 10)}; start a new cycle to change it.`,
      { finalisedAt },
    );
  }
}

export function requireDraft(assessment: StoredAssessment): void {
  if (assessment.state === 'finalised') {
    throw new AssessmentFinalisedError(assessment.finalised_at ?? assessment.updated_at);
  }
}

/** Contributors may be limited to some capabilities; the message names the ones they may change. */
export function requireContributionScope(
  actor: Actor,
  organisationId: string,
  capability: CapabilityKey,
): void {
  if (canContributeTo(actor, organisationId, capability)) return;
  const scope = membershipIn(actor, organisationId)?.capabilityScope;
  throw new ForbiddenError(
    scope
      ? `You contribute to ${scope.join(', ')} only; ${capability} is outside your scope. Ask a lead to widen it.`
      : 'Your role in this organisation does not allow this.',
  );
}

/** The capabilities `actor` may rate, propose and comment in. */
export function contributionCapabilities(actor: Actor, organisationId: string): CapabilityKey[] {
  return CAPABILITY_KEYS.filter((capability) => canContributeTo(actor, organisationId, capability));
}
