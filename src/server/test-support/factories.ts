import { randomUUID } from 'node:crypto';
import type { CapabilityScope, InstanceRole, OrganisationRole } from '../../domain/access/index.js';
import { hashPassword } from '../accounts/passwords.js';
import { newSession } from '../accounts/session.commands.js';
import { sessionRepository } from '../accounts/session.repository.js';
import { userRepository, type StoredUser } from '../accounts/user.repository.js';
import type { Db } from '../db/database.js';
import { scopeToColumn } from '../organisations/capability-scope.js';
import {
  organisationRepository,
  type StoredOrganisation,
} from '../organisations/organisation.repository.js';
import {
  membershipRepository,
  type StoredMembership,
} from '../organisations/membership.repository.js';
import {
  assessmentRepository,
  type StoredAssessment,
} from '../assessments/assessment.repository.js';
import { frameworkRepository } from '../frameworks/framework.repository.js';
import { newRecordFields } from '../shared/records.js';
import { hashToken, newToken } from '../shared/tokens.js';
import { addHours } from '../shared/time.js';

/**
 * Small builders that write records straight through the repositories (no audit events), so a
 * test sets up exactly the world it needs. Every factory password is TEST_PASSWORD.
 */
export const TEST_PASSWORD = 'granite harbour lantern 7';

let passwordHash: Promise<string> | undefined;
let sequence = 0;

function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomUUID().slice(0, 8)}`;
}

export async function createUser(
  db: Db,
  overrides: { email?: string; displayName?: string; instanceRole?: InstanceRole | null } = {},
): Promise<StoredUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const name = unique('person');
  const user: StoredUser = {
    ...newRecordFields(new Date()),
    email: overrides.email ?? `${name}@example.org`,
    display_name: overrides.displayName ?? name,
    password_hash: await passwordHash,
    instance_role: overrides.instanceRole ?? null,
  };
  await userRepository(db).insert(user);
  return user;
}

export async function createOrganisation(
  db: Db,
  overrides: Partial<StoredOrganisation> = {},
): Promise<StoredOrganisation> {
  const organisation: StoredOrganisation = {
    ...newRecordFields(new Date()),
    kind: 'national',
    name: unique('Ministry'),
    country_code: 'FR',
    region: 'europe',
    income_group: 'high',
    government_system: 'centralised',
    parent_id: null,
    ...overrides,
  };
  await organisationRepository(db).insert(organisation);
  return organisation;
}

/** A jurisdiction of `parentId`; like the app, it keeps no classification of its own. */
export function createJurisdiction(
  db: Db,
  parentId: string,
  overrides: Partial<StoredOrganisation> = {},
): Promise<StoredOrganisation> {
  return createOrganisation(db, {
    kind: 'jurisdiction',
    parent_id: parentId,
    region: null,
    income_group: null,
    government_system: null,
    ...overrides,
  });
}

export async function addMember(
  db: Db,
  organisationId: string,
  userId: string,
  role: OrganisationRole,
  capabilityScope: CapabilityScope = null,
): Promise<StoredMembership> {
  const membership: StoredMembership = {
    ...newRecordFields(new Date()),
    organisation_id: organisationId,
    user_id: userId,
    role,
    capability_scope: scopeToColumn(capabilityScope),
  };
  await membershipRepository(db).insert(membership);
  return membership;
}

/** A user with a membership: the usual way to get a lead, a facilitator and so on. */
export async function createMember(
  db: Db,
  organisationId: string,
  role: OrganisationRole,
): Promise<{ user: StoredUser; membership: StoredMembership }> {
  const user = await createUser(db);
  return { user, membership: await addMember(db, organisationId, user.id, role) };
}

export type TestSession = { userId: string; token: string; csrfToken: string; id: string };

export async function createSession(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<TestSession> {
  const { token, session } = newSession(userId, now, { idleMinutes: 30, maxHours: 12 });
  await sessionRepository(db).insert(session);
  return { userId, token, csrfToken: session.csrf_token, id: session.id };
}

type TokenTimes = { createdAt?: Date; expiresAt?: Date };

function tokenRow(times: TokenTimes) {
  const token = newToken();
  const createdAt = times.createdAt ?? new Date();
  return {
    token,
    row: {
      id: randomUUID(),
      token_hash: hashToken(token),
      created_at: createdAt.toISOString(),
      expires_at: (times.expiresAt ?? addHours(createdAt, 24)).toISOString(),
      used_at: null,
      revoked_at: null,
    },
  };
}

export async function createInvite(
  db: Db,
  invite: {
    organisationId: string;
    invitedBy: string;
    email?: string;
    role?: OrganisationRole;
  } & TokenTimes,
): Promise<{ id: string; token: string; email: string }> {
  const { token, row } = tokenRow(invite);
  const email = invite.email ?? `${unique('invitee')}@example.org`;
  await db
    .insertInto('invites')
    .values({
      ...row,
      organisation_id: invite.organisationId,
      email,
      role: invite.role ?? 'observer',
      capability_scope: null,
      invited_by: invite.invitedBy,
    })
    .execute();
  return { id: row.id, token, email };
}

export async function createPasswordReset(
  db: Db,
  userId: string,
  times: TokenTimes = {},
): Promise<{ id: string; token: string }> {
  const { token, row } = tokenRow(times);
  await db
    .insertInto('password_resets')
    .values({ ...row, user_id: userId })
    .execute();
  return { id: row.id, token };
}

export async function createSetupToken(
  db: Db,
  times: TokenTimes = {},
): Promise<{ id: string; token: string }> {
  const { token, row } = tokenRow(times);
  await db.insertInto('setup_tokens').values(row).execute();
  return { id: row.id, token };
}

/** A draft assessment on the latest shipped MNR framework, straight into the database. */
export async function createAssessment(
  db: Db,
  organisationId: string,
  createdBy: string,
  overrides: Partial<StoredAssessment> = {},
): Promise<StoredAssessment> {
  const framework = await frameworkRepository(db).findLatest('mnr');
  if (!framework) throw new Error('the shipped MNR framework is not loaded');
  const now = new Date().toISOString();
  const assessment: StoredAssessment = {
    id: randomUUID(),
    organisation_id: organisationId,
    title: unique('Cycle'),
    period_start: '2026-01-01',
    period_end: '2026-12-31',
    lead_body: 'Ministry of Justice',
    framework_key: framework.key,
    framework_version: framework.version,
    framework_checksum: framework.checksum,
    state: 'draft',
    finalised_at: null,
    finalised_by: null,
    copied_from_id: null,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
    version: 1,
    ...overrides,
  };
  await assessmentRepository(db).insert(assessment);
  return assessment;
}
