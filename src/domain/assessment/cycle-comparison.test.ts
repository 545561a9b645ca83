import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../framework/mnr-structure.js';
import { PLAN_ITEM_STATUSES } from './assessment.schemas.js';
import { compareCycles, compareStage, planOutcome, summariseChanges } from './cycle-comparison.js';
import { subDomainResultsArb } from './test-support/arbitraries.js';
import { agreed, notApplicable, notAssessed } from './test-support/fixtures.js';

describe('compareStage', () => {
  it('gives both stages and the change between two agreed stages', () => {
    expect(compareStage('legislation', agreed(1), agreed(3))).toEqual({
      key: 'legislation',
      kind: 'compared',
      earlier: 1,
      later: 3,
      delta: 2,
    });
    expect(compareStage('legislation', agreed(3), agreed(2))).toMatchObject({ delta: -1 });
  });

  it('does not compare when either side is not applicable or not assessed', () => {
    expect(compareStage('child-helpline', notApplicable, agreed(2))).toEqual({
      key: 'child-helpline',
      kind: 'not-comparable',
      earlier: 'not-applicable',
      later: 'stage',
    });
    expect(compareStage('child-helpline', agreed(2), notAssessed)).toMatchObject({
      kind: 'not-comparable',
      later: 'not-assessed',
    });
  });
});

describe('compareCycles', () => {
  it('compares every sub-domain and capability in MNR order, with summaries', () => {
    const comparison = compareCycles(
      {
        subDomains: { leadership: agreed(1), legislation: agreed(3), 'child-helpline': agreed(2) },
        capabilities: { 'policy-governance': agreed(1) },
      },
      {
        subDomains: {
          leadership: agreed(2),
          legislation: agreed(2),
          'child-helpline': notApplicable,
        },
        capabilities: { 'policy-governance': agreed(2) },
      },
    );
    expect(comparison.subDomains.map(({ key }) => key)).toEqual(SUB_DOMAIN_KEYS);
    expect(comparison.capabilities.map(({ key }) => key)).toEqual(CAPABILITY_KEYS);
    expect(comparison.subDomains[0]).toMatchObject({ key: 'leadership', delta: 1 });
    expect(comparison.subDomainSummary).toEqual({
      improved: 1,
      unchanged: 0,
      declined: 1,
      notComparable: 19,
      netChange: 0,
    });
    expect(comparison.capabilitySummary).toMatchObject({ improved: 1, notComparable: 5 });
  });
});

describe('compareCycles properties', () => {
  it('has deltas that add up: net change is the later stages minus the earlier, over compared items', () => {
    fc.assert(
      fc.property(subDomainResultsArb, subDomainResultsArb, (earlier, later) => {
        const { subDomains, subDomainSummary } = compareCycles(
          { subDomains: earlier, capabilities: {} },
          { subDomains: later, capabilities: {} },
        );
        const compared = subDomains.flatMap((change) =>
          change.kind === 'compared' ? [change] : [],
        );
        const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
        expect(subDomainSummary.netChange).toBe(
          sum(compared.map(({ later: stage }) => stage)) -
            sum(compared.map(({ earlier: stage }) => stage)),
        );
        const { improved, unchanged, declined, notComparable } = subDomainSummary;
        expect(improved + unchanged + declined + notComparable).toBe(SUB_DOMAIN_KEYS.length);
        expect(improved + unchanged + declined).toBe(compared.length);
      }),
    );
  });

  it('reverses exactly when the cycles are swapped', () => {
    fc.assert(
      fc.property(subDomainResultsArb, subDomainResultsArb, (earlier, later) => {
        const forward = compareCycles(
          { subDomains: earlier, capabilities: {} },
          { subDomains: later, capabilities: {} },
        );
        const backward = compareCycles(
          { subDomains: later, capabilities: {} },
          { subDomains: earlier, capabilities: {} },
        );
        expect(backward.subDomainSummary).toEqual({
          ...forward.subDomainSummary,
          improved: forward.subDomainSummary.declined,
          declined: forward.subDomainSummary.improved,
          netChange: 0 - forward.subDomainSummary.netChange,
        });
      }),
    );
  });

  it('compares a cycle with itself as all unchanged or not comparable', () => {
    fc.assert(
      fc.property(subDomainResultsArb, (cycle) => {
        const summary = summariseChanges(
          compareCycles(
            { subDomains: cycle, capabilities: {} },
            { subDomains: cycle, capabilities: {} },
          ).subDomains,
        );
        expect(summary).toMatchObject({ improved: 0, declined: 0, netChange: 0 });
      }),
    );
  });
});

describe('planOutcome', () => {
  it('counts and lists the earlier plan items by status, keeping their order', () => {
    const items = [
      { id: 'a', status: 'done' as const },
      { id: 'b', status: 'blocked' as const },
      { id: 'c', status: 'done' as const },
      { id: 'd', status: 'in-progress' as const },
    ];
    const outcome = planOutcome(items);
    expect(outcome.counts).toEqual({ 'not-started': 0, 'in-progress': 1, done: 2, blocked: 1 });
    expect(outcome.items.done.map(({ id }) => id)).toEqual(['a', 'c']);
    expect(outcome.items.blocked).toEqual([items[1]]);
    expect(outcome).toMatchObject({ total: 4, percentDone: 50 });
  });

  it('is empty, not done, for a cycle without a plan', () => {
    expect(planOutcome([])).toMatchObject({ total: 0, percentDone: 0 });
  });

  it('accounts for every item once, and is 100% done only when all are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PLAN_ITEM_STATUSES), { minLength: 1 }),
        (statuses) => {
          const outcome = planOutcome(statuses.map((status, id) => ({ id, status })));
          const listed = PLAN_ITEM_STATUSES.flatMap((status) =>
            outcome.items[status].map(({ id }) => id),
          );
          expect(listed.sort((a, b) => a - b)).toEqual(statuses.map((_, id) => id));
          PLAN_ITEM_STATUSES.forEach((status) => {
            expect(outcome.counts[status]).toBe(statuses.filter((each) => each === status).length);
          });
          expect(outcome.percentDone === 100).toBe(statuses.every((status) => status === 'done'));
        },
      ),
    );
  });
});
