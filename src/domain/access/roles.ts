import { z } from 'zod';
import { CAPABILITY_KEYS, type CapabilityKey } from '../framework/mnr-structure.js';

/** Roles a person holds in one organisation. */
export const ORGANISATION_ROLES = ['lead', 'facilitator', 'contributor', 'observer'] as const;
export const organisationRoleSchema = z.enum(ORGANISATION_ROLES);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

/** Roles over the whole instance. Neither grants access to an organisation's assessments. */
export const INSTANCE_ROLES = ['admin', 'secretariat'] as const;
export const instanceRoleSchema = z.enum(INSTANCE_ROLES);
export type InstanceRole = z.infer<typeof instanceRoleSchema>;

/** Capabilities a contributor may change; `null` means all of them. */
export const capabilityScopeSchema = z
  .array(z.enum(CAPABILITY_KEYS as [CapabilityKey, ...CapabilityKey[]]))
  .min(1, 'choose at least one capability, or leave the scope empty for all')
  .nullable();
export type CapabilityScope = z.infer<typeof capabilityScopeSchema>;

export type Membership = {
  organisationId: string;
  role: OrganisationRole;
  capabilityScope: CapabilityScope;
};

/** Who is asking. Anonymous requests have no actor. */
export type Actor = {
  userId: string;
  instanceRole: InstanceRole | null;
  memberships: readonly Membership[];
};
