import type { CapabilityKey } from '../framework/mnr-structure.js';
import type { Actor, Membership, OrganisationRole } from './roles.js';

/**
 * What each organisation role may do. Instance admins run the instance (organisations, first
 * leads) but see no assessment content unless they are also members; the secretariat sees only
 * what is shared with it.
 */
export const ORGANISATION_PERMISSIONS = {
  'organisation.read': ['lead', 'facilitator', 'contributor', 'observer'],
  'organisation.update': ['lead'],
  'members.read': ['lead', 'facilitator', 'contributor', 'observer'],
  'members.manage': ['lead'],
  'assessment.read': ['lead', 'facilitator', 'contributor', 'observer'],
  'assessment.manage': ['lead'],
  /** Sharing results with the Alliance, or withdrawing them, is the government's decision. */
  'assessment.share': ['lead'],
  'assessment.agree': ['lead', 'facilitator'],
  'assessment.contribute': ['lead', 'facilitator', 'contributor'],
} as const satisfies Record<string, readonly OrganisationRole[]>;

export type OrganisationPermission = keyof typeof ORGANISATION_PERMISSIONS;

/** Permissions an instance admin holds in every organisation without being a member. */
const ADMIN_ORGANISATION_PERMISSIONS: ReadonlySet<OrganisationPermission> = new Set([
  'organisation.read',
  'organisation.update',
  'members.read',
]);

export function membershipIn(actor: Actor | null, organisationId: string): Membership | undefined {
  return actor?.memberships.find((membership) => membership.organisationId === organisationId);
}

export function can(
  actor: Actor | null,
  permission: OrganisationPermission,
  organisationId: string,
): boolean {
  if (!actor) return false;
  const membership = membershipIn(actor, organisationId);
  if (
    membership &&
    (ORGANISATION_PERMISSIONS[permission] as readonly OrganisationRole[]).includes(membership.role)
  ) {
    return true;
  }
  return actor.instanceRole === 'admin' && ADMIN_ORGANISATION_PERMISSIONS.has(permission);
}

/** Contributors may be limited to some capabilities; everyone else who may contribute may change all. */
export function canContributeTo(
  actor: Actor | null,
  organisationId: string,
  capability: CapabilityKey,
): boolean {
  if (!can(actor, 'assessment.contribute', organisationId)) return false;
  const membership = membershipIn(actor, organisationId);
  if (!membership || membership.role !== 'contributor' || membership.capabilityScope === null)
    return true;
  return membership.capabilityScope.includes(capability);
}

export function isInstanceAdmin(actor: Actor | null): boolean {
  return actor?.instanceRole === 'admin';
}

/** Leads invite anyone to their organisation; an instance admin invites leads (the first one). */
export function canInvite(
  actor: Actor | null,
  organisationId: string,
  role: OrganisationRole,
): boolean {
  if (can(actor, 'members.manage', organisationId)) return true;
  return isInstanceAdmin(actor) && role === 'lead';
}
