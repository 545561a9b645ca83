import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/index.js';
import {
  candidatePairs,
  decisionRefusal,
  isProposable,
  sideVersion,
  viewFor,
  type CreateProposal,
  type DecideProposal,
  type SecretariatProposalView,
  type SideView,
} from '../../domain/exchange/index.js';
import { requireOrganisationAccess, requireSecretariat } from '../access/require-access.js';
import { userActor, writeTransaction, type Store } from '../audit/audit.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../http/problems.js';
import { receivedSubmissionsForAggregation } from '../sharing/received-submissions.js';
import { exchangeRepository, proposalFields } from './exchange.repository.js';
import { presentForSecretariat, sideOf, toProposal } from './exchange.presenter.js';
import { EXCHANGE_DECIDE_PERMISSION, toExchangeSubmission } from './exchange.queries.js';

/**
 * The secretariat proposes an introduction for a candidate pair: both countries by their current
 * submission, both consenting, both hosted here so they can see and answer it.
 */
export async function createProposal(
  store: Store,
  actor: Actor | null,
  input: CreateProposal,
  now: Date,
): Promise<SecretariatProposalView> {
  const secretariat = requireSecretariat(actor);
  return writeTransaction(store, now, async (trx, audit) => {
    const held = await receivedSubmissionsForAggregation(trx);
    const pair = candidatePairs(held.map(toExchangeSubmission)).find(
      (candidate) =>
        candidate.subDomain === input.subDomain &&
        candidate.seeker.submissionId === input.seekerSubmissionId &&
        candidate.offerer.submissionId === input.offererSubmissionId,
    );
    if (!pair) {
      throw new UnprocessableError(
        'These two countries are not a candidate pair for this sub-domain (any more): a submission may have been withdrawn or replaced, or consent or interest changed. Reload the candidates.',
      );
    }
    if (!isProposable(pair) || !pair.seeker.organisationId || !pair.offerer.organisationId) {
      throw new UnprocessableError(
        'One of these countries is hosted on another instance, so it cannot see a proposal here: write to it yourself, using the contact in its submission.',
      );
    }
    const repository = exchangeRepository(trx);
    if (
      await repository.findForPair(
        pair.subDomain,
        pair.seeker.submissionId,
        pair.offerer.submissionId,
      )
    ) {
      throw new ConflictError(
        'An introduction between these countries for this sub-domain has already been proposed.',
      );
    }
    const contactOf = (submissionId: string) =>
      JSON.stringify(held.find((submission) => submission.submissionId === submissionId)?.contact);
    const row = {
      id: randomUUID(),
      sub_domain_key: pair.subDomain,
      seeker_submission_id: pair.seeker.submissionId,
      offerer_submission_id: pair.offerer.submissionId,
      seeker_organisation_id: pair.seeker.organisationId,
      offerer_organisation_id: pair.offerer.organisationId,
      seeker_country_name: pair.seeker.countryName,
      offerer_country_name: pair.offerer.countryName,
      seeker_contact: contactOf(pair.seeker.submissionId),
      offerer_contact: contactOf(pair.offerer.submissionId),
      note: input.note,
      proposed_by: secretariat.userId,
      proposed_at: now.toISOString(),
      seeker_decision: 'pending' as const,
      seeker_decided_at: null,
      seeker_decided_by: null,
      offerer_decision: 'pending' as const,
      offerer_decided_at: null,
      offerer_decided_by: null,
      version: 1,
    };
    await repository.insert(row);
    await audit.record({
      actor: userActor(secretariat.userId),
      action: 'exchange-proposal.create',
      entityType: 'exchange-proposal',
      entityId: row.id,
      after: row,
    });
    const stored = await repository.findById(row.id);
    if (!stored) throw new Error(`proposal ${row.id} vanished inside its own transaction`);
    return presentForSecretariat(
      stored,
      new Set([row.seeker_submission_id, row.offerer_submission_id]),
    );
  });
}

function proposalNotFound(proposalId: string): NotFoundError {
  return new NotFoundError(
    `There is no knowledge-exchange proposal with id "${proposalId}" for this organisation.`,
  );
}

/** A country's lead accepts or declines; the answer is final and audited. */
export async function decideProposal(
  store: Store,
  actor: Actor | null,
  ids: { organisationId: string; proposalId: string },
  input: DecideProposal,
  now: Date,
): Promise<SideView> {
  const lead = requireOrganisationAccess(actor, ids.organisationId, EXCHANGE_DECIDE_PERMISSION);
  return writeTransaction(store, now, async (trx, audit) => {
    const repository = exchangeRepository(trx);
    const before = await repository.findById(ids.proposalId);
    const side = before ? sideOf(before, ids.organisationId) : null;
    if (!before || !side) throw proposalNotFound(ids.proposalId);
    const heldIds = await repository.heldSubmissionIds([
      before.seeker_submission_id,
      before.offerer_submission_id,
    ]);
    const proposal = toProposal(before, heldIds);
    const current = viewFor(side, proposal);
    if (input.version !== sideVersion(proposal[side].decision)) {
      throw new ConflictError(
        'Someone else in your organisation answered this proposal after you opened the page. Review the answer shown now.',
        { current },
      );
    }
    const refusal = decisionRefusal(side, proposal);
    if (refusal === 'already-decided') {
      throw new ConflictError('Your organisation has already answered this proposal.', { current });
    }
    if (refusal === 'not-taken-forward') {
      throw new ConflictError(
        'This proposal is not being taken forward, so it can no longer be answered.',
        {
          current,
        },
      );
    }
    const decision = input.decision === 'accept' ? 'accepted' : 'declined';
    const decidedAt = now.toISOString();
    const after = await repository.updateDecisions(
      before.id,
      side === 'seeker'
        ? {
            seeker_decision: decision,
            seeker_decided_at: decidedAt,
            seeker_decided_by: lead.userId,
          }
        : {
            offerer_decision: decision,
            offerer_decided_at: decidedAt,
            offerer_decided_by: lead.userId,
          },
    );
    await audit.record({
      actor: userActor(lead.userId),
      action:
        input.decision === 'accept' ? 'exchange-proposal.accept' : 'exchange-proposal.decline',
      entityType: 'exchange-proposal',
      entityId: before.id,
      before: proposalFields(before),
      after,
    });
    return viewFor(side, toProposal(after, heldIds));
  });
}
