import type { InstanceRole, OrganisationRole } from '../../domain/access/index.js';
import type { GovernmentSystem, IncomeGroup, Region } from '../../domain/organisations/index.js';

/**
 * Table types. Timestamps are ISO 8601 UTC strings and calendar dates are `YYYY-MM-DD` strings on
 * both databases, so nothing is shifted by a time zone and both dialects read back the same values.
 * JSON values are stored as text. Records people edit carry a `version` for conflict detection.
 */
export interface FrameworkTable {
  id: string;
  key: string;
  version: string;
  title: string;
  checksum: string;
  content: string;
  loaded_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  instance_role: InstanceRole | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface LoginFailureTable {
  id: string;
  email: string;
  ip: string;
  failed_at: string;
}

/** Setup, invite and reset tokens share these columns: single use, expiring, revocable. */
export interface OneTimeTokenColumns {
  id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export type SetupTokenTable = OneTimeTokenColumns;

export interface PasswordResetTable extends OneTimeTokenColumns {
  user_id: string;
}

export interface OrganisationTable {
  id: string;
  kind: 'national' | 'jurisdiction';
  name: string;
  country_code: string;
  /** Null on a jurisdiction, which takes these three from its national organisation. */
  region: Region | null;
  income_group: IncomeGroup | null;
  government_system: GovernmentSystem | null;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MembershipTable {
  id: string;
  organisation_id: string;
  user_id: string;
  role: OrganisationRole;
  /** JSON array of capability keys, or null for all. */
  capability_scope: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InviteTable extends OneTimeTokenColumns {
  organisation_id: string;
  email: string;
  role: OrganisationRole;
  capability_scope: string | null;
  invited_by: string;
}

export interface AuditEventTable {
  seq: number;
  id: string;
  occurred_at: string;
  /** `user:<id>`, `system:<name>` or `anonymous`. */
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_digest: string | null;
  after_digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface Database {
  frameworks: FrameworkTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  setup_tokens: SetupTokenTable;
  password_resets: PasswordResetTable;
  organisations: OrganisationTable;
  memberships: MembershipTable;
  invites: InviteTable;
  audit_events: AuditEventTable;
}
