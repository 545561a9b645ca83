import { z } from 'zod';
import { capabilityScopeSchema, organisationRoleSchema } from '../access/roles.js';
import {
  countryCodeSchema,
  governmentSystemSchema,
  incomeGroupSchema,
  regionSchema,
} from './reference.js';

const nameSchema = z.string().trim().min(1, 'enter a name').max(200);

/**
 * A national organisation has a country; a sub-national jurisdiction of a federal country has a
 * parent and takes its country, region and income group from it.
 */
export const createNationalOrganisationSchema = z.object({
  kind: z.literal('national'),
  name: nameSchema,
  countryCode: countryCodeSchema,
  region: regionSchema.nullable(),
  incomeGroup: incomeGroupSchema.nullable(),
  governmentSystem: governmentSystemSchema,
  /** UN M49 sub-region, prefilled from reference data like region and income group. */
  subRegion: z.string().trim().max(100).nullable().optional(),
});

export const createJurisdictionSchema = z.object({
  kind: z.literal('jurisdiction'),
  name: nameSchema,
  parentId: z.string().min(1),
});

export const createOrganisationSchema = z.discriminatedUnion('kind', [
  createNationalOrganisationSchema,
  createJurisdictionSchema,
]);

export const updateOrganisationSchema = z.object({
  version: z.number().int().min(1),
  name: nameSchema,
  region: regionSchema.nullable(),
  incomeGroup: incomeGroupSchema.nullable(),
  governmentSystem: governmentSystemSchema,
});

export const organisationPermissionsSchema = z.object({
  update: z.boolean(),
  manageMembers: z.boolean(),
  inviteLead: z.boolean(),
  addJurisdiction: z.boolean(),
});

export const organisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  countryCode: z.string(),
  region: regionSchema.nullable(),
  incomeGroup: incomeGroupSchema.nullable(),
  governmentSystem: governmentSystemSchema,
  parentId: z.string().nullable(),
  jurisdictions: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
  version: z.number().int(),
  permissions: organisationPermissionsSchema,
});

export const memberViewSchema = z.object({
  id: z.string(),
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema,
  version: z.number().int(),
});

export const updateMembershipSchema = z.object({
  version: z.number().int().min(1),
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema.default(null),
});

export type CreateOrganisation = z.infer<typeof createOrganisationSchema>;
export type CreateNationalOrganisation = z.infer<typeof createNationalOrganisationSchema>;
export type CreateJurisdiction = z.infer<typeof createJurisdictionSchema>;
export type UpdateOrganisation = z.infer<typeof updateOrganisationSchema>;
export type OrganisationView = z.infer<typeof organisationViewSchema>;
export type MemberView = z.infer<typeof memberViewSchema>;
