import {
  endedByLapse,
  exchangeContactSchema,
  stateOf,
  type ExchangeProposal,
  type ExchangeSide,
  type SecretariatProposalView,
} from '../../domain/exchange/index.js';
import type { SubDomainKey } from '../../domain/framework/mnr-structure.js';
import type { ProposalRow, StoredProposal } from './exchange.repository.js';

/**
 * A stored proposal as the domain reads it. `held` are the submissions the secretariat still
 * holds: a proposal whose submission is gone has lapsed.
 */
export function toProposal(row: StoredProposal, held: ReadonlySet<string>): ExchangeProposal {
  const party = (side: ExchangeSide) => ({
    organisationId: row[`${side}_organisation_id`],
    countryName: row[`${side}_country_name`],
    contact: exchangeContactSchema.parse(JSON.parse(row[`${side}_contact`])),
    decision: row[`${side}_decision`],
    decidedAt: row[`${side}_decided_at`],
  });
  return {
    id: row.id,
    subDomain: row.sub_domain_key as SubDomainKey,
    note: row.note,
    proposedAt: row.proposed_at,
    seeker: party('seeker'),
    offerer: party('offerer'),
    lapsed: !held.has(row.seeker_submission_id) || !held.has(row.offerer_submission_id),
  };
}

/** Which side of a proposal an organisation is on; the proposal is not its concern otherwise. */
export function sideOf(row: StoredProposal, organisationId: string): ExchangeSide | null {
  if (row.seeker_organisation_id === organisationId) return 'seeker';
  if (row.offerer_organisation_id === organisationId) return 'offerer';
  return null;
}

export function presentForSecretariat(
  row: ProposalRow,
  held: ReadonlySet<string>,
): SecretariatProposalView {
  const proposal = toProposal(row, held);
  const party = (side: ExchangeSide) => ({
    countryName: proposal[side].countryName,
    decision: proposal[side].decision,
    decidedAt: proposal[side].decidedAt,
  });
  return {
    id: proposal.id,
    subDomain: proposal.subDomain,
    note: proposal.note,
    proposedAt: proposal.proposedAt,
    proposedBy: row.proposed_by_name,
    state: stateOf(proposal),
    lapsed: endedByLapse(proposal),
    seeker: party('seeker'),
    offerer: party('offerer'),
  };
}
