import { z } from 'zod';
import { capabilityScopeSchema, organisationRoleSchema } from '../access/roles.js';
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  oneTimeTokenSchema,
  sessionViewSchema,
} from './account.schemas.js';

export const createInviteSchema = z.object({
  email: emailSchema,
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema.default(null),
});

export const inviteViewSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  email: z.string(),
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema,
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

/** The response to creating an invite: the link is shown once so the lead can copy it. */
export const createdInviteSchema = z.object({
  invite: inviteViewSchema,
  link: z.string(),
  emailed: z.boolean(),
});

export const inviteLookupRequestSchema = z.object({ token: oneTimeTokenSchema });

/** What the person opening an invite link sees before accepting. */
export const invitePreviewSchema = z.object({
  organisationName: z.string(),
  role: organisationRoleSchema,
  email: z.string(),
  accountExists: z.boolean(),
  expiresAt: z.string(),
});

/** New people give a name and password; people with an account accept while signed in. */
export const acceptInviteSchema = z.object({
  token: oneTimeTokenSchema,
  displayName: displayNameSchema.optional(),
  password: newPasswordSchema.optional(),
});

/**
 * The answer to accepting an invite: the session view (the new account is signed in) plus what
 * happened, so the page can say "you are already a member" instead of "welcome".
 */
export const acceptInviteResultSchema = sessionViewSchema.extend({
  outcome: z.enum(['account-created', 'membership-added', 'already-member']),
  organisationId: z.string(),
});

export type CreateInvite = z.infer<typeof createInviteSchema>;
export type InviteView = z.infer<typeof inviteViewSchema>;
export type CreatedInvite = z.infer<typeof createdInviteSchema>;
export type InvitePreview = z.infer<typeof invitePreviewSchema>;
export type AcceptInvite = z.infer<typeof acceptInviteSchema>;
export type AcceptInviteResult = z.infer<typeof acceptInviteResultSchema>;
