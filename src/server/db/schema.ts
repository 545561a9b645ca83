import type { InstanceRole, OrganisationRole } from '../../domain/access/index.js';
import type { IndicatorStatus, PlanItemStatus } from '../../domain/assessment/index.js';
import type { PlanPriority } from '../../domain/plan/index.js';
import type { SharingScope } from '../../domain/sharing/index.js';
import type { SideDecision } from '../../domain/exchange/index.js';
import type { AssessmentState } from '../../domain/assessment/api/index.js';
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
  /** UN M49 sub-region, prefilled from reference data; null on a jurisdiction. */
  sub_region?: string | null;
  /** When an admin confirmed region, sub-region and income group; null if never confirmed. */
  classification_confirmed_at?: string | null;
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

export interface AssessmentTable {
  id: string;
  organisation_id: string;
  title: string;
  /** `YYYY-MM-DD` */
  period_start: string;
  period_end: string;
  lead_body: string;
  /** The framework version the assessment was made against, pinned for good. */
  framework_key: string;
  framework_version: string;
  framework_checksum: string;
  state: AssessmentState;
  finalised_at: string | null;
  finalised_by: string | null;
  copied_from_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Who changed an editable assessment record last, when, and its version. */
export interface EditableColumns {
  created_at: string;
  updated_at: string;
  updated_by: string;
  version: number;
}

export interface IndicatorRatingTable extends EditableColumns {
  id: string;
  assessment_id: string;
  sub_domain_key: string;
  indicator_key: string;
  /** Null while evidence is recorded but no status chosen yet. */
  status: IndicatorStatus | null;
  evidence_text: string;
}

export interface EvidenceLinkTable {
  id: string;
  assessment_id: string;
  sub_domain_key: string;
  indicator_key: string;
  url: string;
  label: string;
  added_by: string;
  added_at: string;
}

/** A reference to an uploaded file; the bytes live on disk under their sha256, shared. */
export interface EvidenceFileTable {
  id: string;
  assessment_id: string;
  sub_domain_key: string;
  indicator_key: string;
  name: string;
  media_type: string;
  bytes: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

export interface StageProposalTable {
  id: string;
  assessment_id: string;
  sub_domain_key: string;
  user_id: string;
  stage: number;
  comment: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DiscussionPostTable {
  id: string;
  assessment_id: string;
  sub_domain_key: string;
  author_id: string;
  body: string;
  created_at: string;
}

export type AgreedResultScope = 'sub-domain' | 'capability';

export interface AgreedResultTable extends EditableColumns {
  id: string;
  assessment_id: string;
  scope: AgreedResultScope;
  /** The sub-domain or capability key. */
  subject_key: string;
  /** The agreed result as JSON. */
  result: string;
}

export interface EnablerNoteTable extends EditableColumns {
  id: string;
  assessment_id: string;
  enabler_key: string;
  note: string;
}

/**
 * What a change to an assessment was about, beside its audit event (same `seq`), so a
 * sub-domain's history reads as who changed what and when.
 */
export interface AssessmentChangeTable {
  audit_seq: number;
  assessment_id: string;
  sub_domain_key: string | null;
  subject: string;
  actor_id: string;
  /** JSON object. */
  summary: string;
}

export interface PlanItemTable extends EditableColumns {
  id: string;
  assessment_id: string;
  title: string;
  description: string;
  sub_domain_key: string;
  /** JSON array of indicator keys. */
  indicator_keys: string;
  target_stage: number | null;
  owner_body: string;
  contact: string;
  priority: PlanPriority;
  /** `YYYY-MM-DD` */
  start_date: string | null;
  target_date: string | null;
  status: PlanItemStatus;
  resources_note: string;
  /** The suggested indicator the item was accepted from, if any. */
  from_suggestion: string | null;
}

export interface PlanSuggestionDecisionTable extends EditableColumns {
  id: string;
  assessment_id: string;
  indicator_key: string;
  /** 1 when dismissed, 0 when offered again; an integer on both databases. */
  dismissed: number;
}

export interface InstanceKeyTable {
  id: string;
  algorithm: 'Ed25519';
  /** DER SubjectPublicKeyInfo, base64. */
  public_key: string;
  /** DER PKCS#8, base64. */
  private_key: string;
  created_at: string;
}

export interface SubmissionTable {
  /** The payload's `submissionId`. */
  id: string;
  organisation_id: string;
  assessment_id: string;
  cycle: string;
  scope: SharingScope;
  /** The signed submission exactly as made (JSON). */
  document: string;
  created_at: string;
  created_by: string;
  sent_at: string | null;
  sent_to: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  version: number;
}

export interface ReceivedSubmissionTable {
  /** The payload's `submissionId`. */
  id: string;
  country_code: string;
  cycle: string;
  /** The signed submission exactly as received (JSON). */
  document: string;
  public_key: string;
  received_at: string;
  received_via: 'upload' | 'api' | 'cli' | 'local';
  /** The sending organisation when it is hosted on this instance, else null. */
  organisation_id: string | null;
}

/** A withdrawal received, kept after the submission it names is gone. */
export interface ReceivedWithdrawalTable {
  submission_id: string;
  /** The key that signed the withdrawal: it blocks only a submission signed with the same key. */
  public_key: string;
  withdrawn_at: string;
  /** The signed withdrawal exactly as received (JSON). */
  document: string;
  received_at: string;
}

export interface IntakeTokenTable {
  id: string;
  label: string;
  token_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
}

export interface ExchangeProposalTable {
  id: string;
  sub_domain_key: string;
  seeker_submission_id: string;
  offerer_submission_id: string;
  seeker_organisation_id: string;
  offerer_organisation_id: string;
  seeker_country_name: string;
  offerer_country_name: string;
  /** JSON: the contact each submission named. */
  seeker_contact: string;
  offerer_contact: string;
  note: string;
  proposed_by: string;
  proposed_at: string;
  seeker_decision: SideDecision;
  seeker_decided_at: string | null;
  seeker_decided_by: string | null;
  offerer_decision: SideDecision;
  offerer_decided_at: string | null;
  offerer_decided_by: string | null;
  version: number;
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
  assessments: AssessmentTable;
  indicator_ratings: IndicatorRatingTable;
  evidence_links: EvidenceLinkTable;
  evidence_files: EvidenceFileTable;
  stage_proposals: StageProposalTable;
  discussion_posts: DiscussionPostTable;
  agreed_results: AgreedResultTable;
  enabler_notes: EnablerNoteTable;
  assessment_changes: AssessmentChangeTable;
  plan_items: PlanItemTable;
  plan_suggestion_decisions: PlanSuggestionDecisionTable;
  instance_keys: InstanceKeyTable;
  submissions: SubmissionTable;
  received_submissions: ReceivedSubmissionTable;
  received_withdrawals: ReceivedWithdrawalTable;
  intake_tokens: IntakeTokenTable;
  exchange_proposals: ExchangeProposalTable;
}
