import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SIDE_DECISIONS,
  type ExchangeProposal,
  type ExchangeSide,
  type SideDecision,
} from './exchange.schemas.js';
import {
  decisionRefusal,
  endedByLapse,
  otherSide,
  proposalState,
  stateOf,
  viewFor,
} from './proposal-view.js';

function proposal(seeker: SideDecision, offerer: SideDecision, lapsed = false): ExchangeProposal {
  const party = (name: string, decision: SideDecision) => ({
    organisationId: `org-${name}`,
    countryName: name,
    contact: {
      name: `Contact in ${name}`,
      email: `contact@${name}.example`,
      organisation: `Ministry of ${name}`,
    },
    decision,
    decidedAt: decision === 'pending' ? null : `2026-12-0${name.length}T10:00:00.000Z`,
  });
  return {
    id: 'proposal-1',
    subDomain: 'child-helpline',
    note: 'Both work on helpline staffing.',
    proposedAt: '2026-12-01T09:00:00.000Z',
    seeker: party('Kenya', seeker),
    offerer: party('Norway', offerer),
    lapsed,
  };
}

const decisionArb = fc.constantFrom(...SIDE_DECISIONS);
const sideArb = fc.constantFrom<ExchangeSide>('seeker', 'offerer');

/** A proposal where `side` answered `own` and the other side `other`. */
function from(
  side: ExchangeSide,
  own: SideDecision,
  other: SideDecision,
  lapsed = false,
): ExchangeProposal {
  return side === 'seeker' ? proposal(own, other, lapsed) : proposal(other, own, lapsed);
}

describe('proposalState', () => {
  it('follows both answers: one decline ends it, two accepts introduce', () => {
    expect(proposalState('pending', 'pending')).toBe('proposed');
    expect(proposalState('accepted', 'pending')).toBe('accepted-by-one');
    expect(proposalState('pending', 'accepted')).toBe('accepted-by-one');
    expect(proposalState('accepted', 'accepted')).toBe('introduced');
    expect(proposalState('declined', 'accepted')).toBe('not-taken-forward');
    expect(proposalState('pending', 'declined')).toBe('not-taken-forward');
  });

  it('ends a proposal whose consent lapsed before both accepted, but keeps a made introduction', () => {
    expect(proposalState('accepted', 'pending', true)).toBe('not-taken-forward');
    expect(proposalState('accepted', 'accepted', true)).toBe('introduced');
  });
});

describe('endedByLapse', () => {
  it('is true only when consent lapsed before anyone declined or both accepted', () => {
    expect(endedByLapse(proposal('accepted', 'pending', true))).toBe(true);
    expect(endedByLapse(proposal('pending', 'pending', true))).toBe(true);
    expect(endedByLapse(proposal('declined', 'pending', true))).toBe(false);
    expect(endedByLapse(proposal('accepted', 'accepted', true))).toBe(false);
    expect(endedByLapse(proposal('accepted', 'pending', false))).toBe(false);
  });
});

describe('viewFor', () => {
  it('shows one side waiting for the other once it has accepted', () => {
    const view = viewFor('seeker', proposal('accepted', 'pending'));
    expect(view).toMatchObject({
      status: 'awaiting-other-country',
      yourDecision: 'accepted',
      counterpart: null,
    });
  });

  it('reveals each side the other country and its contact once both accepted', () => {
    const both = proposal('accepted', 'accepted');
    expect(viewFor('seeker', both).counterpart).toEqual({
      countryName: 'Norway',
      contact: both.offerer.contact,
    });
    expect(viewFor('offerer', both).counterpart?.countryName).toBe('Kenya');
  });

  it('tells the side that did not decline only that it is not taken forward', () => {
    const view = viewFor('offerer', proposal('declined', 'accepted'));
    expect(view).toMatchObject({
      status: 'not-taken-forward',
      yourDecision: 'accepted',
      counterpart: null,
    });
    expect(JSON.stringify(view)).not.toContain('Kenya');
    expect(JSON.stringify(view)).not.toContain('declined');
  });
});

describe('viewFor properties', () => {
  it('reveals the other country only when both accepted', () => {
    fc.assert(
      fc.property(sideArb, decisionArb, decisionArb, (side, own, other) => {
        const whole = from(side, own, other);
        const view = viewFor(side, whole);
        const text = JSON.stringify(view);
        const counterpart = whole[otherSide(side)];
        const introduced = own === 'accepted' && other === 'accepted';
        expect(view.counterpart !== null).toBe(introduced);
        expect(text.includes(counterpart.countryName)).toBe(introduced);
        expect(text.includes(counterpart.contact.email)).toBe(introduced);
        expect(text.includes(counterpart.organisationId)).toBe(false);
      }),
    );
  });

  it('never tells a side whether the other answered while it has not answered itself', () => {
    fc.assert(
      fc.property(sideArb, (side) => {
        expect(viewFor(side, from(side, 'pending', 'accepted'))).toEqual(
          viewFor(side, from(side, 'pending', 'pending')),
        );
      }),
    );
  });

  it('shows a side that declined, or was declined, nothing more than "not taken forward"', () => {
    fc.assert(
      fc.property(
        sideArb,
        decisionArb,
        fc.tuple(decisionArb, fc.boolean()),
        fc.tuple(decisionArb, fc.boolean()),
        (side, own, [other, lapsedA], [another, lapsedB]) => {
          const a = from(side, own, other, lapsedA);
          const b = from(side, own, another, lapsedB);
          const endedA = stateOf(a) === 'not-taken-forward';
          const endedB = stateOf(b) === 'not-taken-forward';
          if (endedA && endedB) {
            expect(viewFor(side, a)).toEqual(viewFor(side, b));
            expect(viewFor(side, a).status).toBe('not-taken-forward');
          }
        },
      ),
    );
  });

  it('keeps a side’s version still when only the other side answers', () => {
    fc.assert(
      fc.property(sideArb, decisionArb, decisionArb, decisionArb, (side, own, other, another) => {
        expect(viewFor(side, from(side, own, other)).version).toBe(
          viewFor(side, from(side, own, another)).version,
        );
      }),
    );
  });

  it('lets a side answer once, and not after the other declined', () => {
    fc.assert(
      fc.property(sideArb, decisionArb, decisionArb, (side, own, other) => {
        const refusal = decisionRefusal(side, from(side, own, other));
        if (own !== 'pending') expect(refusal).toBe('already-decided');
        else if (other === 'declined') expect(refusal).toBe('not-taken-forward');
        else expect(refusal).toBeNull();
        expect(refusal === null).toBe(
          viewFor(side, from(side, own, other)).status === 'awaiting-your-decision',
        );
      }),
    );
  });
});
