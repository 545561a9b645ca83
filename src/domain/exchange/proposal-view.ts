import type {
  ExchangeProposal,
  ExchangeSide,
  ProposalState,
  SideDecision,
  SideStatus,
  SideView,
} from './exchange.schemas.js';

/**
 * Where a proposal stands, from both sides' answers: one decline ends it, and so does a lapsed
 * consent (a side's submission withdrawn or replaced) before both have accepted. Once both have
 * accepted, the introduction has been made and stays made.
 */
export function proposalState(
  seeker: SideDecision,
  offerer: SideDecision,
  lapsed = false,
): ProposalState {
  if (seeker === 'accepted' && offerer === 'accepted') return 'introduced';
  if (lapsed || seeker === 'declined' || offerer === 'declined') return 'not-taken-forward';
  if (seeker === 'accepted' || offerer === 'accepted') return 'accepted-by-one';
  return 'proposed';
}

export function otherSide(side: ExchangeSide): ExchangeSide {
  return side === 'seeker' ? 'offerer' : 'seeker';
}

function statusFor(own: SideDecision, state: ProposalState): SideStatus {
  if (state === 'introduced') return 'introduced';
  if (state === 'not-taken-forward') return 'not-taken-forward';
  return own === 'pending' ? 'awaiting-your-decision' : 'awaiting-other-country';
}

/**
 * The one place that decides what a side may see of a proposal. The other country's name and
 * contact appear only once both sides have accepted. Before that, this side learns nothing of
 * the other's answer: a proposal the other has accepted reads exactly like one it has not
 * answered, and one it declined reads only as "not taken forward".
 */
export function viewFor(side: ExchangeSide, proposal: ExchangeProposal): SideView {
  const own = proposal[side];
  const other = proposal[otherSide(side)];
  const state = stateOf(proposal);
  return {
    id: proposal.id,
    subDomain: proposal.subDomain,
    side,
    note: proposal.note,
    proposedAt: proposal.proposedAt,
    status: statusFor(own.decision, state),
    yourDecision: own.decision,
    yourDecidedAt: own.decidedAt,
    counterpart:
      state === 'introduced' ? { countryName: other.countryName, contact: other.contact } : null,
    version: sideVersion(own.decision),
  };
}

export function stateOf(
  proposal: Pick<ExchangeProposal, 'seeker' | 'offerer' | 'lapsed'>,
): ProposalState {
  return proposalState(proposal.seeker.decision, proposal.offerer.decision, proposal.lapsed);
}

/**
 * Whether a proposal ended because a side's submission stopped being held before anyone
 * declined; one a side had declined ended with that answer, whatever happened to the
 * submissions afterwards.
 */
export function endedByLapse(
  proposal: Pick<ExchangeProposal, 'seeker' | 'offerer' | 'lapsed'>,
): boolean {
  const declined =
    proposal.seeker.decision === 'declined' || proposal.offerer.decision === 'declined';
  return proposal.lapsed && !declined && stateOf(proposal) === 'not-taken-forward';
}

/** A side's version counts only its own answers, so it never moves when the other side answers. */
export function sideVersion(own: SideDecision): number {
  return own === 'pending' ? 1 : 2;
}

/** Why a side may not answer now, or null when it may. */
export type DecisionRefusal = 'already-decided' | 'not-taken-forward';

export function decisionRefusal(
  side: ExchangeSide,
  proposal: Pick<ExchangeProposal, 'seeker' | 'offerer' | 'lapsed'>,
): DecisionRefusal | null {
  if (proposal[side].decision !== 'pending') return 'already-decided';
  if (stateOf(proposal) === 'not-taken-forward') return 'not-taken-forward';
  return null;
}
