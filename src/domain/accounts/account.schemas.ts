import { z } from 'zod';
import {
  capabilityScopeSchema,
  instanceRoleSchema,
  organisationRoleSchema,
} from '../access/roles.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'enter an email address such as name@ministry.gov' }))
  .transform((email) => email.toLowerCase());

/** Length is checked here (and in the browser); the server also refuses common passwords. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `use at most ${MAX_PASSWORD_LENGTH} characters`);

export const displayNameSchema = z.string().trim().min(1, 'enter your name').max(120);

/**
 * A single-use token from a setup, invite or reset link. Any length is looked up, so a truncated
 * link gets the same "not valid" answer as a mistyped one rather than a schema message.
 */
export const oneTimeTokenSchema = z.string().min(1).max(200);

export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'enter your password').max(MAX_PASSWORD_LENGTH),
});

export const setupRequestSchema = z.object({
  token: oneTimeTokenSchema,
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetSchema = z.object({
  token: oneTimeTokenSchema,
  password: newPasswordSchema,
});

export const sessionMembershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  role: organisationRoleSchema,
  capabilityScope: capabilityScopeSchema,
});

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  instanceRole: instanceRoleSchema.nullable(),
  memberships: z.array(sessionMembershipSchema),
});

/** GET /api/session: who is signed in, the CSRF token for writes, and whether first-run setup is pending. */
export const sessionViewSchema = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string().nullable(),
  setupRequired: z.boolean(),
});

/** GET /api/users (instance admins): every account and its instance role. */
export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  instanceRole: instanceRoleSchema.nullable(),
});

/** PATCH /api/users/:userId: grant or remove an instance role. */
export const updateInstanceRoleSchema = z.object({
  instanceRole: instanceRoleSchema.nullable(),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SetupRequest = z.infer<typeof setupRequestSchema>;
export type PasswordReset = z.infer<typeof passwordResetSchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type SessionView = z.infer<typeof sessionViewSchema>;
export type UserSummary = z.infer<typeof userSummarySchema>;
