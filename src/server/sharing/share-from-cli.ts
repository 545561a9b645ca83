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
import {
  createSubmission,
  submissionFile,
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

async function consentingLead(
  store: Store,
  organisationId: string,
  asEmail: string | undefined,
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
      'Say whose consent this is',
      `The organisation has ${leads.length} leads: name the one giving consent with --as EMAIL.`,
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
): Promise<{ fileName: string; json: string }> {
  await ensureInstanceKey(store, now, 'system:cli');
  const assessment = await assessmentRepository(store.db).findById(options.assessmentId);
  if (!assessment) throw assessmentNotFound(options.assessmentId);
  const lead = await consentingLead(store, assessment.organisation_id, options.asEmail);
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
  return submissionFile(store.db, actor, assessment.id, summary.id);
}
