import type { Actor, OrganisationRole } from '../../domain/access/index.js';
import { createSubmissionSchema, type SharingScope } from '../../domain/sharing/index.js';
import { actorOf, presentSessionUser } from '../accounts/session.presenter.js';
import { userRepository, type StoredUser } from '../accounts/user.repository.js';
import { assessmentNotFound } from '../assessments/assessment-access.js';
import { assessmentRepository } from '../assessments/assessment.repository.js';
import type { Store } from '../audit/audit.js';
import { AppError, ForbiddenError, NotFoundError, UnprocessableError } from '../http/problems.js';
import { membershipRepository } from '../organisations/membership.repository.js';
import { organisationRepository } from '../organisations/organisation.repository.js';
import { ensureInstanceKey } from './instance-key.js';
import type { SecretariatConfig } from '../config.js';
import { submissionRepository } from './submission.repository.js';
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

const ROLE_WITH_ARTICLE: Record<OrganisationRole, string> = {
  lead: 'a lead',
  facilitator: 'a facilitator',
  contributor: 'a contributor',
  observer: 'an observer',
};

/**
 * Refuses anyone named by --as who does not lead the organisation, naming the organisation and
 * their role there: whoever runs `mnr` administers the server, so nothing is hidden from them,
 * and the app's own message (about starting and finalising) would not fit.
 */
async function requireLead(store: Store, organisationId: string, user: StoredUser): Promise<void> {
  const memberships = await membershipRepository(store.db).listForUser(user.id);
  const role = memberships.find((row) => row.organisation_id === organisationId)?.role;
  if (role === 'lead') return;
  const organisation = await organisationRepository(store.db).findById(organisationId);
  throw new ForbiddenError(
    `Only a lead of ${organisation?.name ?? 'the organisation'} can share its results or withdraw them; ${user.email} is ${role ? ROLE_WITH_ARTICLE[role] : 'not a member of it'}. Name one of its leads with --as EMAIL.`,
  );
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
    await requireLead(store, organisationId, user);
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

/** Where each member of the request comes from on the command line, to name it in a refusal. */
const SOURCE_OF: Record<string, string> = {
  scope: '--scope',
  cycle: '--cycle',
  knowledgeExchange: '--knowledge-exchange',
  exchange: '--seeking/--offering',
  contact: 'the contact (the lead’s name and email, and the assessment’s lead body)',
};

/**
 * The request checked by the schema the API checks it with, so the command line takes exactly
 * what the app takes (a trimmed cycle of 1 to 40 characters, …) and says why in the same words.
 */
function checkedRequest(request: CreateSubmissionInput): CreateSubmissionInput {
  const parsed = createSubmissionSchema.safeParse(request);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [first, ...rest] = issue.path.map(String);
    const source = (first && SOURCE_OF[first]) ?? first ?? 'the request';
    return `${[source, ...rest].join('.')}: ${issue.message}`;
  });
  throw new UnprocessableError(`Nothing was shared. ${problems.join('; ')}.`);
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
  const assessment = await assessmentRepository(store.db).findById(options.assessmentId);
  if (!assessment) throw assessmentNotFound(options.assessmentId);
  const lead = await actingLead(store, assessment.organisation_id, options.asEmail, 'consent');
  const request = checkedRequest({
    scope: options.scope,
    cycle: options.cycle ?? assessment.period_end.slice(0, 4),
    knowledgeExchange: options.knowledgeExchange,
    exchange: options.exchange,
    contact: { name: lead.display_name, email: lead.email, organisation: assessment.lead_body },
    confirmed: true,
  });
  await ensureInstanceKey(store, now, 'system:cli');
  const actor = await actorFor(store, lead);
  const summary = await createSubmission(
    { store, actor, now, secretariat: undefined },
    assessment.id,
    request,
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
 * signed withdrawal file, for a secretariat that received the submission as a file. A submission
 * withdrawn before is not withdrawn again (nothing is recorded): its withdrawal file, the same
 * signed document every time, is returned with when it was withdrawn, so the file can always be
 * written again.
 */
export async function withdrawFromCli(
  store: Store,
  now: Date,
  options: CliWithdrawOptions,
): Promise<{ fileName: string; json: string; alreadyWithdrawnAt: string | null }> {
  const assessment = await assessmentRepository(store.db).findById(options.assessmentId);
  if (!assessment) throw assessmentNotFound(options.assessmentId);
  const lead = await actingLead(store, assessment.organisation_id, options.asEmail, 'withdrawal');
  const actor = await actorFor(store, lead);
  const submission = await submissionRepository(store.db).find(assessment.id, options.submissionId);
  const alreadyWithdrawnAt = submission?.withdrawn_at ?? null;
  if (!alreadyWithdrawnAt) {
    await withdrawSubmission(
      { store, actor, now, secretariat: options.secretariat },
      assessment.id,
      options.submissionId,
    );
  }
  return {
    ...(await withdrawalFile(store.db, actor, assessment.id, options.submissionId)),
    alreadyWithdrawnAt,
  };
}
