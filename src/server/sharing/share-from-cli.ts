import type { Actor } from '../../domain/access/index.js';
import type { SharingScope } from '../../domain/sharing/index.js';
import { actorOf, presentSessionUser } from '../accounts/session.presenter.js';
import { userRepository, type StoredUser } from '../accounts/user.repository.js';
import { assessmentNotFound } from '../assessments/assessment-access.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import type { Store } from '../audit/audit.js';
import { AppError, NotFoundError } from '../http/problems.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { ensureInstanceKey } from './instance-key.js';
import type { SecretariatConfig } from '../config.js';
import {
  createSubmission,
  submissionFile,
  withdrawalFile,
  withdrawSubmission,
  type CreateSubmissionInput,
} from './submission.commands.js';

export type CliShareOptions = {
  assessmentId: string;
  /** The lead whose consent is recorded; may be left out when the organisation has one lead. */
  asEmail: string | undefined;
  scope: SharingScope;
  cycle: string | undefined;
  knowledgeExchange: boolean;
  exchange: CreateSubmissionInput['exchange'];
};

async function actorFor(store: Store, user: StoredUser): Promise<Actor> {
  const memberships = await membershipRepository(store.db).listForUser(user.id);
  return actorOf(presentSessionUser(user, memberships));
}

/** The lead named by --as, or the organisation's only lead; `acting` names what they do. */
async function actingLead(
  store: Store,
  organisationId: string,
  asEmail: string | undefined,
  acting: 'consent' | 'withdrawal',
): Promise<StoredUser> {
  const users = userRepository(store.db);
  if (asEmail) {
    const user = await users.findByEmail(asEmail.trim().toLowerCase());
    if (!user) throw new NotFoundError(`There is no account with email ${asEmail}.`);
    return user;
  }
  const leads = (await membershipRepository(store.db).listForOrganisation(organisationId)).filter(
    (member) => member.role === 'lead',
  );
  const only = leads.length === 1 ? await users.findById(leads[0]?.user_id ?? '') : undefined;
  if (!only) {
    throw new AppError(
      422,
      'lead-needed',
      `Say whose ${acting} this is`,
      `The organisation has ${leads.length} leads: name the one ${acting === 'consent' ? 'giving consent' : 'withdrawing'} with --as EMAIL.`,
    );
  }
  return only;
}

/**
 * `mnr share`: makes a signed submission as a lead of the assessment's organisation would in
 * the app (their consent, the same checks and audit) and returns the file to write.
 */
export async function shareFromCli(
  store: Store,
  now: Date,
  options: CliShareOptions,
): Promise<{ submissionId: string; fileName: string; json: string }> {
  await ensureInstanceKey(store, now, 'system:cli');
  const assessment = await assessmentRepository(store.db).findById(options.assessmentId);
  if (!assessment) throw assessmentNotFound(options.assessmentId);
  const lead = await actingLead(store, assessment.organisation_id, options.asEmail, 'consent');
  const actor = await actorFor(store, lead);
  const summary = await createSubmission(
    { store, actor, now, secretariat: undefined },
    assessment.id,
    {
      scope: options.scope,
      cycle: options.cycle ?? assessment.period_end.slice(0, 4),
      knowledgeExchange: options.knowledgeExchange,
      exchange: options.exchange,
      contact: { name: lead.display_name, email: lead.email, organisation: assessment.lead_body },
      confirmed: true,
    },
  );
  return {
    submissionId: summary.id,
    ...(await submissionFile(store.db, actor, assessment.id, summary.id)),
  };
}

export type CliWithdrawOptions = {
  assessmentId: string;
  submissionId: string;
  asEmail: string | undefined;
  secretariat: SecretariatConfig | undefined;
};

/**
 * `mnr withdraw`: withdraws a submission as a lead would in the app (the same checks, the
 * secretariat's copy deleted where this instance reaches it, the same audit) and returns the
 * signed withdrawal file, for a secretariat that received the submission as a file.
 */
export async function withdrawFromCli(
  store: Store,
  now: Date,
  options: CliWithdrawOptions,
): Promise<{ fileName: string; json: string }> {
  const assessment = await assessmentRepository(store.db).findById(options.assessmentId);
  if (!assessment) throw assessmentNotFound(options.assessmentId);
  const lead = await actingLead(store, assessment.organisation_id, options.asEmail, 'withdrawal');
  const actor = await actorFor(store, lead);
  await withdrawSubmission(
    { store, actor, now, secretariat: options.secretariat },
    assessment.id,
    options.submissionId,
  );
  return withdrawalFile(store.db, actor, assessment.id, options.submissionId);
}
