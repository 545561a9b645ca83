import { can, type Actor, type OrganisationPermission } from '../../domain/access/index.js';
import {
  candidatePairs,
  isProposable,
  stateOf,
  viewFor,
  type CandidateView,
  type ExchangeSubmission,
  type SecretariatProposalView,
  type SideView,
} from '../../domain/exchange/index.js';
import { requireOrganisationAccess, requireSecretariat } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import {
  receivedSubmissionsForAggregation,
  type ReceivedForAggregation,
} from '../sharing/received-submissions.js';
import { exchangeRepository, type StoredProposal } from './exchange.repository.js';
import { presentForSecretariat, sideOf, toProposal } from './exchange.presenter.js';

/**
 * Who may see a country's proposals: its members, not instance administrators, since what a
 * country seeks or offers comes from its assessment. Who may answer: its leads, who also decide
 * what the country shares.
 */
export const EXCHANGE_READ_PERMISSION = 'assessment.read' satisfies OrganisationPermission;
export const EXCHANGE_DECIDE_PERMISSION = 'assessment.manage' satisfies OrganisationPermission;

/** A held submission as matching reads it. */
export function toExchangeSubmission(submission: ReceivedForAggregation): ExchangeSubmission {
  return {
    submissionId: submission.submissionId,
    countryCode: submission.countryCode,
    countryName: submission.countryName,
    cycle: submission.cycle,
    organisationId: submission.organisationId,
    knowledgeExchange: submission.knowledgeExchange,
    seeking: submission.seeksSupport,
    offering: submission.offersExperience,
  };
}

async function heldFor(db: Db, rows: readonly StoredProposal[]): Promise<Set<string>> {
  return exchangeRepository(db).heldSubmissionIds(
    rows.flatMap((row) => [row.seeker_submission_id, row.offerer_submission_id]),
  );
}

export async function listCandidates(db: Db, actor: Actor | null): Promise<CandidateView[]> {
  requireSecretariat(actor);
  const held = await receivedSubmissionsForAggregation(db);
  const pairs = candidatePairs(held.map(toExchangeSubmission));
  const proposals = await exchangeRepository(db).listAll();
  const heldIds = new Set(held.map((submission) => submission.submissionId));
  const byPair = new Map(
    proposals.map((row) => [
      `${row.sub_domain_key}|${row.seeker_submission_id}|${row.offerer_submission_id}`,
      row,
    ]),
  );
  return pairs.map((pair) => {
    const existing = byPair.get(
      `${pair.subDomain}|${pair.seeker.submissionId}|${pair.offerer.submissionId}`,
    );
    return {
      subDomain: pair.subDomain,
      seeker: { ...pair.seeker, hostedHere: pair.seeker.organisationId !== null },
      offerer: { ...pair.offerer, hostedHere: pair.offerer.organisationId !== null },
      proposable: isProposable(pair),
      proposal: existing
        ? { id: existing.id, state: stateOf(toProposal(existing, heldIds)) }
        : null,
    };
  });
}

export async function listProposals(
  db: Db,
  actor: Actor | null,
): Promise<SecretariatProposalView[]> {
  requireSecretariat(actor);
  const rows = await exchangeRepository(db).listAll();
  const held = await heldFor(db, rows);
  return rows.map((row) => presentForSecretariat(row, held));
}

/** A country's proposals, each only as far as its side may see it (see `viewFor`). */
export async function listOrganisationProposals(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<{ canDecide: boolean; proposals: SideView[] }> {
  const reader = requireOrganisationAccess(actor, organisationId, EXCHANGE_READ_PERMISSION);
  const rows = await exchangeRepository(db).listForOrganisation(organisationId);
  const held = await heldFor(db, rows);
  return {
    canDecide: can(reader, EXCHANGE_DECIDE_PERMISSION, organisationId),
    proposals: rows.flatMap((row) => {
      const side = sideOf(row, organisationId);
      return side ? [viewFor(side, toProposal(row, held))] : [];
    }),
  };
}
