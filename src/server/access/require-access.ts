import {
  can,
  canInvite,
  isInstanceAdmin,
  type Actor,
  type OrganisationPermission,
  type OrganisationRole,
} from '../../domain/access/index.js';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../http/problems.js';

/**
 * The access checks every handler and command starts with. One rule throughout: a signed-in
 * person who may not see an organisation gets 404, exactly as if it did not exist, so ids of
 * other countries' organisations reveal nothing; someone who may see it but not do this gets 403.
 */
export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new UnauthorizedError();
  return actor;
}

export function requireInstanceAdmin(actor: Actor | null): Actor {
  const signedIn = requireSignedIn(actor);
  if (!isInstanceAdmin(signedIn)) {
    throw new ForbiddenError('Only instance administrators can do this.');
  }
  return signedIn;
}

/** Only the secretariat team sees what countries shared, individually or in aggregate. */
export function requireSecretariat(actor: Actor | null): Actor {
  const signedIn = requireSignedIn(actor);
  if (signedIn.instanceRole !== 'secretariat') {
    throw new ForbiddenError('Only the secretariat team can see what countries shared.');
  }
  return signedIn;
}

export function organisationNotFound(organisationId: string): NotFoundError {
  return new NotFoundError(`There is no organisation with id "${organisationId}".`);
}

export function requireOrganisationAccess(
  actor: Actor | null,
  organisationId: string,
  permission: OrganisationPermission,
): Actor {
  const signedIn = requireSignedIn(actor);
  if (!can(signedIn, 'organisation.read', organisationId)) {
    throw organisationNotFound(organisationId);
  }
  if (!can(signedIn, permission, organisationId))
    throw new ForbiddenError(deniedMessage(signedIn, permission));
  return signedIn;
}

/** Inviting someone with `role`; admins may invite only leads, leads anyone. */
export function requireInviteAccess(
  actor: Actor | null,
  organisationId: string,
  role: OrganisationRole,
): Actor {
  const signedIn = requireSignedIn(actor);
  if (!can(signedIn, 'organisation.read', organisationId)) {
    throw organisationNotFound(organisationId);
  }
  if (!canInvite(signedIn, organisationId, role)) {
    throw new ForbiddenError(
      isInstanceAdmin(signedIn)
        ? 'Instance administrators invite leads only; the organisation’s leads invite everyone else.'
        : 'Only the organisation’s leads can invite people or withdraw invitations.',
    );
  }
  return signedIn;
}

function deniedMessage(actor: Actor, permission: OrganisationPermission): string {
  if (permission.startsWith('assessment.') && isInstanceAdmin(actor)) {
    return 'Instance administrators see no assessment content unless they are members of the organisation.';
  }
  switch (permission) {
    case 'organisation.update':
      return 'Only the organisation’s leads can change its details.';
    case 'members.manage':
      return 'Only the organisation’s leads can change roles or remove members.';
    case 'assessment.manage':
      return 'Only the organisation’s leads can start, change or finalise an assessment.';
    case 'assessment.share':
      return 'Only the organisation’s leads can share its results with the Alliance or withdraw them.';
    case 'assessment.agree':
      return 'Only leads and facilitators record what the group agreed.';
    case 'assessment.contribute':
      return 'Observers can follow the assessment but not change it.';
    default:
      return 'Your role in this organisation does not allow this.';
  }
}
